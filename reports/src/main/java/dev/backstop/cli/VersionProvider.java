package dev.backstop.cli;

import dev.backstop.report.Version;
import picocli.CommandLine.IVersionProvider;

/** {@code backstop --version}. Stateless. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"backstop " + Version.get()};
    }
}
