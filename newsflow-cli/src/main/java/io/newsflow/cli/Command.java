package io.newsflow.cli;

import java.util.List;

/** One {@code ./newsflow} sub-command. */
public interface Command {

    /** Runs the command with the arguments after its name; returns the process exit code. */
    int run(List<String> args) throws Exception;

    /** One line for {@code ./newsflow help}. */
    String summary();
}
