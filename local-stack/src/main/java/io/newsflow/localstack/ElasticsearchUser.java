package io.newsflow.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Elasticsearch refuses to run as root. When we are root, it runs as an unprivileged system user created here
 * once ({@value #NAME}).
 */
final class ElasticsearchUser {

    static final String NAME = "newsflow-es";
    private static final int USERADD_USER_EXISTS = 9;

    private ElasticsearchUser() {
    }

    /** Whether this JVM runs as root, so that Elasticsearch needs its own user. */
    static boolean needed() {
        return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    }

    /** Creates the user unless it exists. */
    static synchronized void ensureExists() {
        if (exec(List.of("id", "-u", NAME)).exitCode == 0) {
            return;
        }
        Result added = exec(List.of("useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent",
                "--shell", "/usr/sbin/nologin", "--user-group", NAME));
        if (added.exitCode != 0 && added.exitCode != USERADD_USER_EXISTS) {
            throw new LocalStackException("Elasticsearch cannot run as root and creating the user " + NAME
                    + " failed (useradd exit " + added.exitCode + "): " + added.output + ". Create it yourself: "
                    + "useradd --system --no-create-home --shell /usr/sbin/nologin --user-group " + NAME);
        }
    }

    /** setpriv options that switch to the user. */
    static List<String> setprivOptions() {
        return List.of("--reuid=" + NAME, "--regid=" + NAME, "--init-groups");
    }

    private record Result(int exitCode, String output) {
    }

    private static Result exec(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, command + " timed out");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }
}
