package com.execreports.delivery;

/** Where one report of one period stands in the delivery ledger. */
public enum DeliveryState {
    /** An instance holds the report and may send it until its lease ends. */
    CLAIMED,
    /** The SES call has started: from here the report may have reached its recipients. */
    SENDING,
    /** SES accepted it (message id recorded). Never sent again except by an operator's --resend. */
    SENT,
    /** SES refused it, or retries ran out: nothing reached a recipient, so a later run or --resend may send it. */
    FAILED,
    /** The sender died inside the SES call: it may or may not have arrived. Ops decide; never resent silently. */
    UNCONFIRMED,
    /** Sources are incomplete and the hold policy keeps the report back until they recover or the hold runs out. */
    HELD
}
