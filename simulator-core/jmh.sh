#!/usr/bin/env bash
# Runs the engine's JMH benchmarks (test sources of simulator-core), not part of the test run.
# Usage, from the repository root:  simulator-core/jmh.sh [JMH options, e.g. 'oneStep|sampler' -f 1]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests install -pl simulator-core -am >&2
mvn -q -pl simulator-core dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/jmh-classpath.txt >&2
exec java -cp "simulator-core/target/test-classes:simulator-core/target/classes:$(cat simulator-core/target/jmh-classpath.txt)" \
    org.openjdk.jmh.Main "$@"
