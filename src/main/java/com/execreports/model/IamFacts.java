package com.execreports.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Who can sign in to the AWS account and with what, from the IAM credential report: every IAM user and the root
 * account, their console access, MFA and access keys. Key ids and secrets are not in the report and never here.
 *
 * @param generatedAt when AWS generated the report (ISO instant as AWS wrote it)
 * @param users       every row of the report, the root account ({@code <root_account>}) included
 */
public record IamFacts(String generatedAt, List<User> users) implements SourceData {

    public IamFacts {
        users = List.copyOf(users);
    }

    /**
     * @param console          a console password is enabled (for the root account: always, AWS reports "not_supported")
     * @param mfa              an MFA device is active
     * @param passwordLastUsed the last console sign-in, or null when never or unknown
     * @param keys             the user's access keys (up to two), active or not
     */
    public record User(String name, boolean root, boolean console, boolean mfa, LocalDate passwordLastUsed, List<AccessKey> keys) {

        public User {
            keys = List.copyOf(keys);
        }

        public List<AccessKey> activeKeys() {
            return keys.stream().filter(AccessKey::active).toList();
        }
    }

    /**
     * @param slot        1 or 2, as the report numbers them
     * @param lastRotated when the key was created or last rotated, or null when the report does not say
     * @param lastUsed    the key's last use, or null when it was never used
     */
    public record AccessKey(int slot, boolean active, LocalDate lastRotated, LocalDate lastUsed) {
    }
}
