package com.execreports.delivery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who receives each report, from configuration only: nothing upstream of delivery can change it. Addresses are
 * checked when a report is about to be sent, so one badly configured role is refused on its own while the
 * other reports still go; every address must be on the allowlist (fail closed: an empty allowlist allows none).
 *
 * @param from      the verified SES sender
 * @param byRole    To addresses per role
 * @param audit     BCC audit addresses that receive every report (never shown in the message headers)
 * @param allowlist addresses ({@code cfo@example.com}) or whole domains ({@code example.com}) reports may go to
 */
public record Recipients(String from, Map<String, List<String>> byRole, List<String> audit, List<String> allowlist) {

    // a deliberately plain address shape: no display names, no control characters, no header injection
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    public Recipients {
        byRole = Map.copyOf(byRole);
        audit = List.copyOf(audit);
        allowlist = allowlist.stream().map(a -> a.trim().toLowerCase(Locale.ROOT)).filter(a -> !a.isEmpty()).toList();
    }

    /** The role's To recipients, checked; refuses (naming the property) anything unsafe or not allowed. */
    public List<String> to(String role) {
        List<String> to = byRole.get(role);
        if (to == null || to.isEmpty()) {
            throw new IllegalArgumentException("no recipients configured for role '" + role + "' (property mail.to." + role + ")");
        }
        requireAddress("mail.from", from);
        to.forEach(a -> requireAllowed("mail.to." + role, a));
        audit.forEach(a -> requireAllowed("mail.bcc", a));
        return to;
    }

    /** Every configuration problem, for a warning at start-up (the affected reports are refused when sent). */
    public List<String> problems(List<String> roles) {
        List<String> problems = new ArrayList<>();
        for (String role : roles) {
            try {
                to(role);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        return problems.stream().distinct().toList();
    }

    public static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of()
                : Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** Whether the text is one plain address: no display name, no control characters, nothing to inject. */
    public static boolean plainAddress(String address) {
        return address != null && ADDRESS.matcher(address).matches();
    }

    static void requireAddress(String property, String address) {
        if (!plainAddress(address)) {
            throw new IllegalArgumentException(property + ": '" + printable(address) + "' is not a plain email address");
        }
    }

    /** The address if it is plain and on the allowlist; otherwise refuses, naming the property. */
    public String allowed(String property, String address) {
        requireAllowed(property, address);
        return address;
    }

    private void requireAllowed(String property, String address) {
        requireAddress(property, address);
        String lower = address.toLowerCase(Locale.ROOT);
        String domain = lower.substring(lower.indexOf('@') + 1);
        if (!allowlist.contains(lower) && !allowlist.contains(domain)) {
            throw new IllegalArgumentException(property + ": '" + address + "' is not on mail.allowlist"
                    + (allowlist.isEmpty() ? " (the allowlist is empty, so no address is allowed)" : " " + allowlist));
        }
    }

    /** A value with its control characters shown as '?', safe to print in a log or an error. */
    static String printable(String s) {
        return s == null ? "null" : s.replaceAll("\\p{Cntrl}", "?");
    }
}
