package pincheck.suite;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.Optional;
import pincheck.report.JsonFiles;
import pincheck.report.ResultsDocument;
import pincheck.report.SuiteReport;

/**
 * Compares a fresh run of some scenarios with the committed counterexamples/: the README
 * section of each scenario, its models in results.json, and its trace files, byte for byte.
 */
public final class CommittedReports {
    private CommittedReports() {}

    /** What differs, one line each (a scenario's README section, a file); empty when all match. */
    public static ImmutableList<String> differences(Path committed, List<SuiteReport.Entry> entries)
            throws IOException {
        ImmutableList.Builder<String> out = ImmutableList.builder();
        String readme = Files.readString(committed.resolve("README.md"));
        Map<String, List<SuiteReport.Entry>> byScenario = entries.stream().collect(
                Collectors.groupingBy(e -> e.scenario().name(), java.util.LinkedHashMap::new, Collectors.toList()));
        SuiteReport.Documents docs = SuiteReport.documents(entries);
        Map<String, String> fresh = SuiteReport.files(entries, docs);
        for (Map.Entry<String, List<SuiteReport.Entry>> s : byScenario.entrySet()) {
            String name = s.getKey();
            if (!readme.contains(SuiteReport.section(docs.results(), name))) {
                out.add("README.md section " + name);
            }
            if (!models(Optional.of(fresh.get(SuiteReport.RESULTS)), name).equals(models(read(committed.resolve(SuiteReport.RESULTS)),
                    name))) {
                out.add(SuiteReport.RESULTS + " models of " + name);
            }
            List<String> freshFiles = fresh.keySet().stream().filter(k -> k.startsWith(name + "/")).sorted().toList();
            List<String> onDisk = List.of();
            if (Files.isDirectory(committed.resolve(name))) {
                try (Stream<Path> files = Files.walk(committed.resolve(name))) {
                    onDisk = files.filter(Files::isRegularFile).map(p -> committed.relativize(p).toString())
                            .sorted().toList();
                }
            }
            if (!freshFiles.equals(onDisk)) {
                out.add("files of " + name + ": committed " + onDisk + ", fresh " + freshFiles);
            }
            for (String f : freshFiles) {
                Path p = committed.resolve(f);
                if (Files.isRegularFile(p) && !Files.readString(p).equals(fresh.get(f))) {
                    out.add(f);
                }
            }
        }
        return out.build();
    }

    private static Optional<String> read(Path p) throws IOException {
        return Files.isRegularFile(p) ? Optional.of(Files.readString(p)) : Optional.empty();
    }

    /** The models of one scenario in a results.json document; none when there is no file. */
    private static List<ResultsDocument.ModelDoc> models(Optional<String> resultsJson, String scenario)
            throws IOException {
        if (resultsJson.isEmpty()) {
            return List.of();
        }
        try {
            return ResultsDocument.read(resultsJson.get(), SuiteReport.RESULTS).models().stream()
                    .filter(m -> m.scenario().equals(scenario)).toList();
        } catch (JsonFiles.BadFile e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
