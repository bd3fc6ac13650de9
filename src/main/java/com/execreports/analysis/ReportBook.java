package com.execreports.analysis;

import java.util.List;

import com.execreports.model.PortfolioSnapshot;

/** Writes the five reports of a run from one snapshot, in delivery order: CEO, CTO, CFO, CMO, Accounting. */
public final class ReportBook {

    private final PortfolioFindings findings;
    private final CeoReport ceo;
    private final CtoReport cto;
    private final CfoReport cfo;
    private final CmoReport cmo;
    private final AccountingReport accounting;

    public ReportBook(ReportSettings settings) {
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
        List<PortfolioFinding> found = findings.find(snapshot);
        Trend trend = previous == null ? Trend.firstRun(snapshot) : new Trend(snapshot, previous, findings.find(previous));
        return List.of(ceo.write(snapshot, found, trend), cto.write(snapshot, found, trend), cfo.write(snapshot, found, trend),
                cmo.write(snapshot, found, trend), accounting.write(snapshot, found, trend));
    }
}
