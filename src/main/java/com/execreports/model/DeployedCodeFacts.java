package com.execreports.model;

import java.util.List;
import java.util.Objects;

/**
 * The secret scan of the code Lambda actually runs: every function's deployment package and every layer version it
 * uses, each scanned once per CodeSha256 — an unchanged package carries the findings of the week it was scanned.
 *
 * @param packages every package of the account's functions and their layers, scanned now or carried
 * @param readIn   the ISO week of the read (2026-W48): a package scanned in an earlier week is unchanged since
 * @param fingerprintKeyId names the key the secrets' fingerprints were made with ({@code SecretScanner#fingerprintKeyId}):
 *                 findings carried under another key would be said twice, once per fingerprint; null in facts
 *                 archived before it was recorded
 */
public record DeployedCodeFacts(List<Package> packages, String readIn, String fingerprintKeyId) implements SourceData {

    public DeployedCodeFacts {
        packages = List.copyOf(packages);
    }

    /** Every secret of every package: see {@link SecurityFacts.Secret}, never the value. */
    public List<SecurityFacts.Secret> secrets() {
        return packages.stream().flatMap(p -> p.secrets().stream()).toList();
    }

    /** What a reader of the facts is told of a package: "unchanged since 2026-W45, 0 findings" or "scanned 2026-W48, 1 finding". */
    public String said(Package p) {
        if (p.notScanned() != null) {
            return p.notScanned();
        }
        String found = p.secrets().size() + (p.secrets().size() == 1 ? " finding" : " findings");
        return (p.scannedIn().equals(readIn) ? "scanned " : "unchanged since ") + p.scannedIn() + ", " + found;
    }

    /**
     * One deployment package. Nothing in it says whether this read downloaded it: the facts of an unchanged account are
     * the same however often it is read, and are archived once.
     *
     * @param function    the function it is deployed as, or the first function using it for a layer
     * @param layer       the layer version ARN ({@code arn:aws:lambda:…:layer:jada-shared-deps:4}), null for a function's own code
     * @param codeSha256  Lambda's CodeSha256 of the package (base64): what "unchanged" is measured by
     * @param codeBytes   its size as Lambda declares it
     * @param scannedIn   the ISO week it was downloaded and scanned (2026-W45), null when it could not be
     * @param secrets     what the scanner found in it, with the file inside the package and the line
     * @param notScanned  why it could not be scanned ("not scanned: …"), null when it was
     */
    public record Package(String function, String layer, String codeSha256, long codeBytes, String scannedIn,
                          List<SecurityFacts.Secret> secrets, String notScanned) {

        public Package {
            secrets = secrets == null ? List.of() : List.copyOf(secrets);
        }

        /** "deployed package of Lambda jada-booking-api" or "Lambda layer jada-shared-deps:4": the resource its findings name. */
        public String resource() {
            return resource(function, layer);
        }

        public static String resource(String function, String layer) {
            return layer == null ? "deployed package of Lambda " + function : "Lambda layer " + layerName(layer);
        }

        /** The same code as this scan, scanned completely: the function's package with the same CodeSha256. */
        public boolean sameCode(String otherFunction, String otherSha256) {
            return complete() && layer == null && function.equals(otherFunction) && Objects.equals(codeSha256, otherSha256);
        }

        /** The same layer version as this scan, scanned completely (a layer version's content never changes). */
        public boolean sameLayer(String layerVersionArn) {
            return complete() && layerVersionArn.equals(layer);
        }

        private boolean complete() {
            return notScanned == null && scannedIn != null;
        }

        /** This package as carried into a later read: not downloaded again, its findings as they were. */
        public Package carried(String usedBy) {
            return new Package(layer == null ? function : usedBy, layer, codeSha256, codeBytes, scannedIn, secrets, null);
        }

        /** "jada-shared-deps:4" of {@code arn:aws:lambda:us-west-2:482913765024:layer:jada-shared-deps:4}. */
        public static String layerName(String layerVersionArn) {
            int at = layerVersionArn.indexOf(":layer:");
            return at < 0 ? layerVersionArn : layerVersionArn.substring(at + ":layer:".length());
        }
    }
}
