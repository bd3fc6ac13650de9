package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import com.execreports.delivery.RunOutcome;

import org.junit.jupiter.api.Test;

/** --once on a terminal: a line per source as its read ends and per report as it is done, with what became of it. */
class OnceProgressTest extends DemoPipelineTestSupport {

    private final StringWriter shown = new StringWriter();

    @Override
    protected void doPostSetup() throws Exception {
        context.getManagementStrategy().addEventNotifier(new OnceProgress(new PrintWriter(shown, true)));
    }

    @Test
    void should_show_each_source_and_each_report_as_it_ends() {
        RunOutcome outcome = runAt("2027-10-04T07:00:00-07:00");

        String[] lines = shown.toString().split("\n");
        assertThat(outcome.gaps()).isEmpty();
        assertThat(lines).filteredOn(l -> l.startsWith("read ")).hasSize(countSources());
        assertThat(lines).contains("read     jada/bookings                        partly read (2 unreadable)",
                "read     portfolio/ledger                     partly read (2 unreadable)",
                "read     jada/site                            read");
        assertThat(lines).filteredOn(l -> l.startsWith("report ")).containsExactly(
                "report   ceo                                  delivered", "report   cto                                  delivered",
                "report   cfo                                  delivered", "report   cmo                                  delivered",
                "report   accounting                           delivered");
    }

    private int countSources() {
        return context.getRegistry().lookupByNameAndType("sourceCatalog", com.execreports.sources.SourceCatalog.class).expected().size();
    }
}
