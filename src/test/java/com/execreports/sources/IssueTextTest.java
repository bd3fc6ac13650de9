package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IssueTextTest {

    /** A Stripe live key shape, assembled here so no source file holds one. */
    static final String SECRET = "sk_" + "live_" + "FAKEdemo" + "7Hq2Wn5Tz7Yb3Vc8";

    @Test
    void should_quote_a_value_as_written() {
        assertThat(IssueText.quoted("12,40O.00")).isEqualTo("'12,40O.00'");
    }

    @Test
    void should_show_a_secret_typed_into_a_cell_as_its_first_four_characters() {
        assertThat(IssueText.quoted(SECRET)).isEqualTo("'sk_l…'");
        assertThat(IssueText.shown("paid by " + SECRET + " via Stripe")).isEqualTo("paid by sk_l… via Stripe");
    }

    @Test
    void should_keep_a_value_redacted_where_it_was_read_whole_when_shortening() {
        String redacted = "[redacted stripe-secret-key sk_l… 0a1b2c3d4e5f6a7b]";

        assertThat(IssueText.quoted(redacted)).isEqualTo("'" + redacted + "'");
        assertThat(IssueText.shown("a long note first, then " + redacted + " and more")).isEqualTo("a long note first, then " + redacted + "…");
    }

    @Test
    void should_mask_before_it_shortens_so_a_cut_never_hides_a_secret_from_the_rules() {
        String cell = "see the note in the ledger, row 7, card " + SECRET;

        String shown = IssueText.shown(cell);

        assertThat(shown).isEqualTo("see the note in the ledger, row 7, card …");
        assertThat(shown).doesNotContain("FAKEdemo");
    }

    @Test
    void should_shorten_a_long_value_to_forty_characters_on_one_line() {
        String shown = IssueText.shown("a\nb\tc " + "x".repeat(100));

        assertThat(shown).startsWith("a b c xxx").endsWith("x…");
        assertThat(shown.codePointCount(0, shown.length())).isEqualTo(IssueText.MAX_VALUE_CHARS + 1);
    }

    @Test
    void should_mask_a_secret_at_the_start_of_a_runaway_cell_and_read_no_further_than_it_needs() {
        String runaway = SECRET + " " + "y".repeat(5_000_000);
        IssueText.shown("warm-up"); // the rules load once, on first use: not what is measured

        long started = System.nanoTime();
        String shown = IssueText.shown(runaway);

        assertThat(shown).isEqualTo("sk_l… " + "y".repeat(IssueText.MAX_VALUE_CHARS - 6) + "…");
        assertThat(System.nanoTime() - started).as("nanoseconds to show a 5 MB cell").isLessThan(1_000_000_000L);
    }

    @Test
    void should_name_a_row_by_file_and_line() {
        assertThat(IssueText.at("portfolio-ledgers/expenses/expenses-2026.csv", 109))
                .isEqualTo("portfolio-ledgers/expenses/expenses-2026.csv:109");
    }
}
