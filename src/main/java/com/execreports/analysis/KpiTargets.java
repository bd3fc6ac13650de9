package com.execreports.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.execreports.analysis.Report.Kpi;

/**
 * Targets ops set for KPIs (properties {@code kpi.target.<key> = >= 30000}): each KPI with a target says, in its
 * note, the target and whether this period met it. The KPI's first number is compared, in the KPI's own unit
 * (whole dollars for money, a count, a percentage).
 */
final class KpiTargets {

    private static final Pattern TARGET = Pattern.compile("\\s*(>=|<=|>|<)\\s*(-?[0-9][0-9,]*(?:\\.[0-9]+)?)\\s*");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9,]*(?:\\.[0-9]+)?");

    private KpiTargets() {
    }

    static String key(String kpiName) {
        return kpiName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static boolean isTarget(String value) {
        return value != null && TARGET.matcher(value).matches();
    }

    static List<Kpi> apply(List<Kpi> kpis, Map<String, String> targets) {
        if (targets.isEmpty()) {
            return kpis;
        }
        return kpis.stream().map(k -> {
            String target = targets.get(key(k.name()));
            return target == null ? k : withTarget(k, target);
        }).toList();
    }

    /** The target as the KPI's value reads: "$30,000" beside a money figure, the number as written otherwise. */
    static String inUnitOf(String value, String target) {
        if (!value.trim().matches("-?\\$.*")) {
            return target;
        }
        return Figures.money(new BigDecimal(target.replace(",", "")).movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
    }

    private static Kpi withTarget(Kpi kpi, String target) {
        Matcher t = TARGET.matcher(target);
        if (!t.matches()) {
            throw new IllegalArgumentException("kpi.target." + key(kpi.name()) + " = '" + target
                    + "' is not a target (expected e.g. '>= 30000' or '<= 0')");
        }
        Matcher v = NUMBER.matcher(kpi.value());
        String verdict;
        if (!v.find()) {
            verdict = "not measurable";
        } else {
            int cmp = new BigDecimal(v.group().replace(",", "")).compareTo(new BigDecimal(t.group(2).replace(",", "")));
            boolean met = switch (t.group(1)) {
                case ">=" -> cmp >= 0;
                case "<=" -> cmp <= 0;
                case ">" -> cmp > 0;
                default -> cmp < 0;
            };
            verdict = met ? "met" : "missed";
        }
        String text = "target " + t.group(1).replace(">=", "≥").replace("<=", "≤") + " " + inUnitOf(kpi.value(), t.group(2)) + ": " + verdict;
        return new Kpi(kpi.name(), kpi.value(), kpi.change(), kpi.note() == null || kpi.note().isBlank() ? text : kpi.note() + "; " + text);
    }
}
