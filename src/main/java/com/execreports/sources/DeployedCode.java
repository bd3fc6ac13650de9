package com.execreports.sources;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.execreports.model.DeployedCodeFacts;
import com.execreports.model.Facts;
import com.execreports.model.Run;
import com.execreports.model.SecurityFacts;
import com.execreports.security.ScanOutcome;
import com.execreports.security.SecretFinding;
import com.execreports.security.SecretScanner;
import com.execreports.startup.IsoWeek;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.GetLayerVersionResponse;
import software.amazon.awssdk.services.lambda.model.Layer;
import software.amazon.awssdk.services.lambda.model.ListFunctionsResponse;

/**
 * Scans the code Lambda actually runs. Every function is listed (every page); a function whose CodeSha256 is the one
 * scanned before carries that scan, any other is fetched — GetFunction's Code.Location, a pre-signed URL — and streamed
 * through the secret scanner with its limits. Each layer version the functions use is scanned once the same way
 * (GetLayerVersion's Content.Location). One function's failure is a gap for that function only. Bound as
 * {@code deployedCode}.
 */
public final class DeployedCode {

    private final Supplier<LambdaClient> lambda;
    private final SecretScanner scanner;
    private final RememberedPackages remembered;

    private static final Logger LOG = LoggerFactory.getLogger(DeployedCode.class);

    public DeployedCode(Supplier<LambdaClient> lambda, SecretScanner scanner, RememberedPackages remembered) {
        this.lambda = lambda;
        this.scanner = scanner;
        this.remembered = remembered;
    }

    public Tally open(Run run, String domain, String source) {
        LocalDate day = run.asOf().atZoneSameInstant(run.zone()).toLocalDate();
        return new Tally(domain, source, new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).toString(),
                scanner.fingerprintKeyId());
    }

    /** @param downloadTimeoutSeconds the whole download of one package */
    public void read(Exchange exchange, int downloadTimeoutSeconds) {
        Tally tally = exchange.getProperty("tally", Tally.class);
        ReadDeadline deadline = ReadDeadline.of(exchange);
        List<DeployedCodeFacts.Package> before = remembered.of(tally.domain, tally.source, scanner.fingerprintKeyId());
        PackageDownload download = new PackageDownload(scanner.limits().maxObjectBytes(), Duration.ofSeconds(downloadTimeoutSeconds));
        Map<String, DeployedCodeFacts.Package> layers = new LinkedHashMap<>();
        String marker = null;
        do {
            String from = marker;
            ListFunctionsResponse page = lambda.get().listFunctions(b -> b.maxItems(50).marker(from));
            for (FunctionConfiguration f : page.functions()) {
                tally.packages.add(function(f, before, download, tally));
                for (Layer l : f.layers()) {
                    layers.computeIfAbsent(l.arn(), arn -> layer(arn, f.functionName(), before, download, tally));
                }
            }
            deadline.counted(page.functions().size(), "functions");
            marker = page.nextMarker() == null || page.nextMarker().isEmpty() ? null : page.nextMarker();
        } while (marker != null && deadline.goOn());
        tally.packages.addAll(layers.values());
        LOG.info("Deployed code {}/{}: {} packages, {} downloaded ({} bytes), the others unchanged since scanned or not scannable",
                tally.domain, tally.source, tally.packages.size(), tally.downloads, tally.downloadedBytes);
    }

    private DeployedCodeFacts.Package function(FunctionConfiguration f, List<DeployedCodeFacts.Package> before, PackageDownload download,
                                               Tally tally) {
        String name = f.functionName();
        Optional<DeployedCodeFacts.Package> same = before.stream().filter(p -> p.sameCode(name, f.codeSha256())).findFirst();
        if (same.isPresent()) {
            return same.get().carried(name);
        }
        GetFunctionResponse got;
        try {
            got = lambda.get().getFunction(b -> b.functionName(name));
        } catch (RuntimeException e) {
            return failed(name, null, f.codeSha256(), f.codeSize(), "not scanned: GetFunction failed: " + SourceFacts.describe(e));
        }
        FunctionConfiguration c = got.configuration();
        if (got.code() == null || got.code().location() == null) {
            // a container image function has its code in ECR, not in a package Lambda hands out
            return failed(name, null, c.codeSha256(), size(c.codeSize()), "not scanned: the function is a container image ("
                    + (got.code() == null ? "no code location" : got.code().imageUri()) + "), not a zip package");
        }
        return scanned(name, null, c.codeSha256(), size(c.codeSize()), got.code().location(), download, tally);
    }

    private DeployedCodeFacts.Package layer(String layerVersionArn, String usedBy, List<DeployedCodeFacts.Package> before,
                                            PackageDownload download, Tally tally) {
        // a layer version is immutable: its ARN names one content for good
        Optional<DeployedCodeFacts.Package> same = before.stream().filter(p -> p.sameLayer(layerVersionArn)).findFirst();
        if (same.isPresent()) {
            return same.get().carried(usedBy);
        }
        int colon = layerVersionArn.lastIndexOf(':');
        GetLayerVersionResponse got;
        try {
            long version = Long.parseLong(layerVersionArn.substring(colon + 1));
            got = lambda.get().getLayerVersion(b -> b.layerName(layerVersionArn.substring(0, colon)).versionNumber(version));
        } catch (RuntimeException e) {
            return failed(usedBy, layerVersionArn, null, 0, "not scanned: GetLayerVersion failed: " + SourceFacts.describe(e));
        }
        return scanned(usedBy, layerVersionArn, got.content().codeSha256(), size(got.content().codeSize()), got.content().location(),
                download, tally);
    }

    private DeployedCodeFacts.Package scanned(String function, String layer, String sha256, long declared, String location,
                                              PackageDownload download, Tally tally) {
        String resource = DeployedCodeFacts.Package.resource(function, layer);
        long max = scanner.limits().maxObjectBytes();
        if (declared > max) {
            return failed(function, layer, sha256, declared, "not scanned: package is " + String.format(Locale.ROOT, "%,d", declared)
                    + " bytes, above the " + max / (1024 * 1024) + " MB limit");
        }
        ScanOutcome outcome;
        try (PackageDownload.Body in = download.open(location)) {
            tally.downloads++;
            // a download cut off (time, cap) surfaces through the scanner as "not scanned: could not read the object: …"
            outcome = scanner.scanObject(resource, (layer == null ? function : DeployedCodeFacts.Package.layerName(layer)) + ".zip", in,
                    declared > 0 ? declared : -1);
            tally.downloadedBytes += in.count();
        } catch (PackageDownload.Failed e) {
            return failed(function, layer, sha256, declared, "not scanned: " + e.getMessage());
        }
        List<SecurityFacts.Secret> secrets = outcome.findings().stream().map(DeployedCode::secret).toList();
        return new DeployedCodeFacts.Package(function, layer, sha256, declared, tally.week, secrets,
                outcome.scanned() ? null : outcome.notScannedReason());
    }

    private DeployedCodeFacts.Package failed(String function, String layer, String sha256, long declared, String reason) {
        return new DeployedCodeFacts.Package(function, layer, sha256, declared, null, List.of(), reason);
    }

    private static SecurityFacts.Secret secret(SecretFinding f) {
        return new SecurityFacts.Secret(f.ruleId(), f.severity(), f.description(), f.resource(), f.file(), f.line(), f.variable(),
                f.fingerprint(), f.preview());
    }

    private static long size(Long bytes) {
        return bytes == null ? 0 : bytes;
    }

    /** One read's packages, scanned or carried. */
    public static final class Tally implements SourceTally {

        private final String domain;
        private final String source;
        private final String week;
        private final List<DeployedCodeFacts.Package> packages = new ArrayList<>();
        // counted for the log, not the facts: the facts of an unchanged account do not depend on what was downloaded
        private long downloads;
        private long downloadedBytes;

        private final String fingerprintKeyId;

        Tally(String domain, String source, String week, String fingerprintKeyId) {
            this.domain = domain;
            this.source = source;
            this.week = week;
            this.fingerprintKeyId = fingerprintKeyId;
        }

        @Override
        public Facts facts(String runId) {
            return Facts.read(runId, domain, source, "aws-lambda-code", "Lambda deployed code",
                    new DeployedCodeFacts(packages, week, fingerprintKeyId), List.of(), 0);
        }
    }
}
