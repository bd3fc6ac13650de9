package com.execreports.delivery;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who receives each report, from configuration only: nothing upstream of delivery can change it.
 *
 * @param from   the verified SES sender
 * @param byRole To addresses per role
 * @param audit  BCC audit addresses that receive every report (never shown in the message headers)
 */
public record Recipients(String from, Map<String, List<String>> byRole, List<String> audit) {

    // a deliberately plain address shape: no display names, no control characters, no header injection
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    public Recipients {
        requireAddress("mail.from", from);
        byRole.forEach((role, to) -> {
            if (to.isEmpty()) {
                throw new IllegalArgumentException("mail.to." + role + " is empty: every report needs a recipient");
            }
            to.forEach(a -> requireAddress("mail.to." + role, a));
        });
        audit.forEach(a -> requireAddress("mail.bcc", a));
        byRole = Map.copyOf(byRole);
        audit = List.copyOf(audit);
    }

    public List<String> to(String role) {
        List<String> to = byRole.get(role);
        if (to == null) {
            throw new IllegalArgumentException("no recipients configured for role '" + role + "' (property mail.to." + role + ")");
        }
        return to;
    }

    public static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of()
                : Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static void requireAddress(String property, String address) {
        if (address == null || !ADDRESS.matcher(address).matches()) {
            throw new IllegalArgumentException(property + ": '" + printable(address) + "' is not a plain email address");
        }
    }

    static String printable(String s) {
        return s == null ? "null" : s.replaceAll("\\p{Cntrl}", "?");
    }
}
