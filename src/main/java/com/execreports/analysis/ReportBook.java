package com.execreports.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.execreports.model.PortfolioSnapshot;

/** Writes the five reports of a run from one snapshot, in delivery order: CEO, CTO, CFO, CMO, Accounting. */
public final class ReportBook {

    private final PortfolioFindings findings;
    private final CeoReport ceo;
    private final CtoReport cto;
    private final CfoReport cfo;
    private final CmoReport cmo;
    private final AccountingReport accounting;

    private final DueDates dueDates;

    public ReportBook(ReportSettings settings) {
        this(settings, DueDates.DEFAULT);
    }

    public ReportBook(ReportSettings settings, DueDates dueDates) {
        this.dueDates = dueDates;
        this.findings = new PortfolioFindings(settings);
        this.ceo = new CeoReport(settings);
        this.cto = new CtoReport(settings);
        this.cfo = new CfoReport(settings);
        this.cmo = new CmoReport(settings);
        this.accounting = new AccountingReport(settings);
    }

    public List<Report> write(PortfolioSnapshot snapshot) {
        return write(snapshot, null);
    }

    /** @param previous the last archived snapshot, or null on the first run */
    public List<Report> write(PortfolioSnapshot snapshot, PortfolioSnapshot previous) {
        return write(snapshot, previous, actions(snapshot, null));
    }

    /**
     * The run's reports (all five, or its schedule's roles), their actions tracked by this run's record.
     *
     * @param previous the last archived snapshot, or null on the first run
     * @param actions  this run's action record (see {@link #actions})
     */
    public List<Report> write(PortfolioSnapshot snapshot, PortfolioSnapshot previous, ActionRecord actions) {
        List<PortfolioFinding> found = findings.find(snapshot);
        Trend trend = previous == null ? Trend.firstRun(snapshot) : new Trend(snapshot, previous, findings.find(previous));
        List<PortfolioFinding> named = new ArrayList<>(found);
        named.addAll(trend.previousFindings());
        FindingRefs refs = FindingRefs.of(snapshot, named);
        return Stream.of(ceo.write(snapshot, found, trend), cto.write(snapshot, found, trend), cfo.write(snapshot, found, trend),
                        cmo.write(snapshot, found, trend), accounting.write(snapshot, found, trend))
                // a schedule sends only its own reports (schedule.NAME.roles)
                .filter(r -> snapshot.run() == null || snapshot.run().sends(r.role()))
                .map(r -> ActionTracking.track(r, snapshot, refs, actions)).toList();
    }

    /**
     * This run's actions — owner, due date, and since when open — carrying on last period's record, to be archived
     * beside the snapshot as {@code actions.json}.
     *
     * @param previous last period's record, or null when there is none or it could not be read (every action is new)
     */
    public ActionRecord actions(PortfolioSnapshot snapshot, ActionRecord previous) {
        return ActionTracking.record(snapshot, findings.find(snapshot), previous, dueDates);
    }
}
