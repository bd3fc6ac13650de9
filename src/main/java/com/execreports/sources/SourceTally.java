package com.execreports.sources;

import com.execreports.model.Facts;

/** A source's running summary: folds what it reads as it pages, then states its facts. */
public interface SourceTally {

    Facts facts(String runId);
}
