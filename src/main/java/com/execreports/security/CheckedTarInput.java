package com.execreports.security;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarUtils;

/**
 * Commons Compress's tar reader, made strict where a scanner must be: it reads a header whose checksum is wrong,
 * and takes a tar that simply stops (no end-of-archive block) as complete. Here the first is a corrupt archive
 * and the second a truncated one, so a damaged object is never reported as cleanly scanned.
 */
final class CheckedTarInput extends TarArchiveInputStream {

    static final int BLOCK = 512;

    private boolean ended;

    CheckedTarInput(InputStream in) {
        super(in, StandardCharsets.UTF_8.name()); // not the platform's charset: ASCII under a C locale
    }

    /**
     * The next entry; null only after the end-of-archive block.
     */
    @Override
    public TarArchiveEntry getNextEntry() throws IOException {
        TarArchiveEntry entry = super.getNextEntry();
        if (entry == null && !ended) {
            throw new EOFException("tar ends without its end-of-archive block (truncated?)");
        }
        return entry;
    }

    /** Every header block, long-name and PAX headers included, passes through here. */
    @Override
    protected byte[] readRecord() throws IOException {
        byte[] record = super.readRecord();
        if (ended || record == null) {
            return record;
        }
        if (isEOFRecord(record)) {
            ended = true;
        } else if (!TarUtils.verifyCheckSum(record)) {
            throw new IOException("tar header checksum does not match (not a tar file, or damaged)");
        }
        return record;
    }

    /** A file's data: ordinary ('0', or NUL in old tars) and contiguous ('7'); links, directories, devices have none. */
    static boolean regular(TarArchiveEntry e) {
        byte type = e.getLinkFlag();
        return type == '0' || type == 0 || type == '7';
    }
}
