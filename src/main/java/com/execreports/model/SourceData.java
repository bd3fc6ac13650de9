package com.execreports.model;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The bounded summary one source folds its reads into. The archived snapshot names each summary's class;
 * {@link com.execreports.config.SnapshotJson} only reads back classes of this package.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS, property = "type")
public interface SourceData {
}
