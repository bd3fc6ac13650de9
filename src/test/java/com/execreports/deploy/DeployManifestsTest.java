package com.execreports.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * deploy/ read as Kubernetes and systemd read it: the probes reach the health endpoints where application.properties
 * serves them, the ConfigMap holds the file's keys, two replicas elect a leader with a Lease they may hold, the pods
 * run as the IAM-annotated service account, and both stop no sooner than Camel's graceful shutdown.
 */
class DeployManifestsTest {

    private static final Path KUBERNETES = Path.of("deploy/kubernetes");

    private final Properties file = properties(read(Path.of("application.properties")));
    private final List<Map<String, Object>> manifests = manifests();

    @Test
    void should_probe_the_health_endpoints_on_the_port_and_paths_the_service_serves() {
        Map<String, Object> container = container();
        int port = Integer.parseInt(file.getProperty("camel.management.port"));
        assertThat(file.getProperty("camel.server.port")).isEqualTo(Integer.toString(port));
        String health = file.getProperty("camel.management.path", "/observe") + file.getProperty("camel.management.health-path", "/health");

        assertThat((Object) at(container, "livenessProbe.httpGet.path")).isEqualTo(health + "/live");
        assertThat((Object) at(container, "readinessProbe.httpGet.path")).isEqualTo(health + "/ready");
        assertThat((Object) at(container, "livenessProbe.httpGet.port")).isEqualTo(port);
        assertThat((Object) at(container, "readinessProbe.httpGet.port")).isEqualTo(port);
        assertThat(list(container, "ports")).extracting(p -> p.get("containerPort")).containsExactly(port);
        // the kubelet probes the pod's address: the server must not stay on 127.0.0.1 there
        assertThat(env(container)).containsEntry("CAMEL_SERVER_HOST", "0.0.0.0").containsEntry("CAMEL_MANAGEMENT_HOST", "0.0.0.0");
    }

    @Test
    void should_mount_a_config_map_holding_every_key_of_the_real_file() {
        Map<String, Object> configMap = kind("ConfigMap");
        Properties shipped = properties(String.valueOf(at(configMap, "data.application.properties")));

        assertThat(shipped.stringPropertyNames()).isEqualTo(file.stringPropertyNames());
        Map<String, Object> pod = map(at(kind("Deployment"), "spec.template.spec"));
        assertThat(list(pod, "volumes")).anySatisfy(v -> assertThat((Object) at(map(v), "configMap.name")).isEqualTo(at(configMap, "metadata.name")));
        assertThat(list(container(), "volumeMounts")).anySatisfy(m -> assertThat(m.get("mountPath"))
                .isEqualTo(container().get("workingDir") + "/application.properties"));
    }

    @Test
    void should_be_the_config_map_bin_configmap_writes_as_the_readme_says() throws Exception {
        Process p = new ProcessBuilder("bin/configmap", "--stdout").redirectErrorStream(true).start();
        String written = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(p.waitFor()).isZero();
        assertThat(written).isEqualTo(read(Path.of("deploy/kubernetes/configmap.yaml")));
    }

    @Test
    void should_run_two_replicas_electing_a_leader_with_a_lease_their_account_may_hold() {
        Map<String, Object> deployment = kind("Deployment");
        assertThat((Object) at(deployment, "spec.replicas")).isEqualTo(2);
        assertThat(env(container())).containsEntry("CLUSTER_SERVICE", "kubernetes");

        Map<String, Object> account = kind("ServiceAccount");
        assertThat((Object) at(deployment, "spec.template.spec.serviceAccountName")).isEqualTo(at(account, "metadata.name"));
        assertThat(String.valueOf(at(account, "metadata.annotations.eks.amazonaws.com/role-arn"))).matches("arn:aws:iam::[0-9]{12}:role/.+");

        List<Map<String, Object>> rules = list(kind("Role"), "rules");
        assertThat(rules).anySatisfy(r -> {
            assertThat(strings(r.get("apiGroups"))).containsExactly("coordination.k8s.io");
            assertThat(strings(r.get("resources"))).containsExactly("leases");
            assertThat(strings(r.get("verbs"))).contains("get", "create", "update");
        });
        Map<String, Object> binding = kind("RoleBinding");
        assertThat((Object) at(binding, "roleRef.name")).isEqualTo(at(kind("Role"), "metadata.name"));
        assertThat(list(binding, "subjects")).anySatisfy(s -> assertThat(s.get("name")).isEqualTo(at(account, "metadata.name")));
    }

    @Test
    void should_stop_no_sooner_than_a_run_in_flight_may_take_to_finish() {
        int shutdown = Integer.parseInt(file.getProperty("camel.main.shutdown-timeout"));
        assertThat((Integer) at(kind("Deployment"), "spec.template.spec.terminationGracePeriodSeconds")).isGreaterThan(shutdown);

        String unit = read(Path.of("deploy/systemd/exec-reports.service"));
        assertThat(Integer.parseInt(unit.replaceAll("(?s).*\nTimeoutStopSec=([0-9]+)\n.*", "$1"))).isGreaterThan(shutdown);
        // the unit starts the service with the README's production launch line, from the directory holding routes/ and templates/
        String readme = read(Path.of("README.md"));
        String launch = readme.replaceAll("(?s).*### Launching in production\\s+```\\s*\n([^\n]+)\n```.*", "$1").trim();
        assertThat(launch).startsWith("java ");
        assertThat(unit).contains("\nExecStart=/usr/bin/" + launch + "\n").contains("\nWorkingDirectory=/opt/exec-reports\n");
        assertThat(String.join(" ", strings(container().get("command"))))
                .isEqualTo(launch);
    }

    @Test
    void should_list_every_manifest_in_the_kustomization() throws IOException {
        Map<String, Object> kustomization = load(read(KUBERNETES.resolve("kustomization.yaml"))).get(0);
        List<String> files;
        try (var all = Files.list(KUBERNETES)) {
            files = all.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml") && !n.equals("kustomization.yaml")).sorted().toList();
        }
        assertThat(strings(kustomization.get("resources"))).containsExactlyInAnyOrderElementsOf(files);
    }

    private Map<String, Object> container() {
        List<Map<String, Object>> containers = list(map(at(kind("Deployment"), "spec.template.spec")), "containers");
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    private Map<String, Object> kind(String kind) {
        List<Map<String, Object>> found = manifests.stream().filter(m -> kind.equals(m.get("kind"))).toList();
        assertThat(found).as(kind).hasSize(1);
        return found.get(0);
    }

    private static Map<String, String> env(Map<String, Object> container) {
        Map<String, String> env = new java.util.LinkedHashMap<>();
        list(container, "env").stream().filter(e -> e.get("value") != null).forEach(e -> env.put((String) e.get("name"), String.valueOf(e.get("value"))));
        return env;
    }

    /** The value at a dotted path; keys with dots of their own (annotations, the ConfigMap's file) are matched whole. */
    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> map, String path) {
        Object node = map;
        String rest = path;
        while (!rest.isEmpty()) {
            Map<String, Object> m = (Map<String, Object>) node;
            String key = m.containsKey(rest) ? rest : rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
            node = m.get(key);
            assertThat(node).as(path).isNotNull();
            rest = key.equals(rest) ? "" : rest.substring(key.length() + 1);
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object node) {
        return ((List<Object>) node).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }

    private static List<Map<String, Object>> manifests() {
        List<Map<String, Object>> all = new ArrayList<>();
        try (var files = Files.list(KUBERNETES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml") && !p.endsWith("kustomization.yaml")).sorted().toList()) {
                all.addAll(load(read(f)));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> load(String yaml) {
        List<Map<String, Object>> docs = new ArrayList<>();
        new Load(LoadSettings.builder().build()).loadAllFromString(yaml).forEach(d -> docs.add((Map<String, Object>) d));
        return docs;
    }

    private static Properties properties(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
