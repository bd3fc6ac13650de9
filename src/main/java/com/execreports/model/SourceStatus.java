package com.execreports.model;

/** What became of one source in a run. */
public enum SourceStatus {
    /** read completely */
    OK,
    /**
     * read, but not whole: some items could not be understood (counted in the data-quality issues), or reading stopped
     * when the source's time budget ran out ({@link Facts#stopped()})
     */
    PARTIAL,
    /** the source raised an error; its figures are absent from the reports */
    FAILED,
    /** the source did not answer before the collection timeout */
    TIMED_OUT
}
