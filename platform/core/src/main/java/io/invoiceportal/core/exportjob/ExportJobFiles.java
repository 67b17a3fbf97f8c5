package io.invoiceportal.core.exportjob;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a job's files are: {@code {directory}/{tenantId}/{jobId}-{attempt}.zip}, written as
 * {@code ….zip.part} (with the manifest collected beside it in {@code ….manifest.part}) and
 * renamed when complete. The attempt is in the name, so a worker that lost its lease never
 * touches the file of the worker that took the job over.
 */
final class ExportJobFiles {
    private ExportJobFiles() {}

    static Path folder(Path directory, long tenantId) {
        return directory.resolve(String.valueOf(tenantId));
    }

    static String zipName(long jobId, int attempt) {
        return jobId + "-" + attempt + ".zip";
    }

    /** The finished ZIP of a done job. */
    static Path zip(Path directory, ExportJob job) {
        return folder(directory, job.tenantId()).resolve(job.fileName() == null ? "-" : job.fileName());
    }

    /** Removes the unfinished files earlier attempts of this job left (their node stopped). */
    static void removeParts(Path folder, long jobId) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, jobId + "-*.part")) {
            for (Path part : parts) {
                Files.deleteIfExists(part);
            }
        }
    }
}
