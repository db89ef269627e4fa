# duaalbot: build with Maven, run on a slim JRE as a non-root user.
#   docker build -t duaalbot .
#   docker run -p 127.0.0.1:8080:8080 --env-file .env duaalbot
#
# Base images are pinned to exact release tags, so a rebuild gets the same JDK. To update:
# pick the newest 17.0.x tags at https://hub.docker.com/_/eclipse-temurin/tags?name=17.0 and
# https://hub.docker.com/_/maven/tags?name=eclipse-temurin-17, change both defaults, rebuild and
# run the image check and the memory benchmark in it (README, "Self-hosting with Docker").
# They are build arguments so that CI, which can reach no registry, builds this same file on
# stand-ins made from Debian's packages (.ci/stand-in-images).
ARG BUILD_IMAGE=maven:3.9.9-eclipse-temurin-17
ARG RUNTIME_IMAGE=eclipse-temurin:17.0.15_6-jre-jammy

FROM ${BUILD_IMAGE} AS build
WORKDIR /src
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline
COPY src ./src
COPY config ./config
RUN mvn -B -q package -DskipTests

FROM ${RUNTIME_IMAGE}
RUN useradd --system --uid 10001 --home-dir /app duaalbot
WORKDIR /app
COPY --from=build /src/target/duaalbot.jar /app/duaalbot.jar
USER duaalbot
# MALLOC_ARENA_MAX keeps glibc from reserving an arena per thread (tens of MB of resident memory
# the JVM never sees). Fontconfig, which charts use, caches under XDG_CACHE_HOME: the root is
# read-only under compose, /tmp is not.
ENV PORT=8080 \
    DUAALBOT_HOST=0.0.0.0 \
    DUAALBOT_LOG_LEVEL=INFO \
    MALLOC_ARENA_MAX=2 \
    XDG_CACHE_HOME=/tmp/.cache
EXPOSE 8080
# No second JVM for a health check: wget (in the base image) asks /healthz.
HEALTHCHECK --interval=30s --timeout=5s --retries=3 \
    CMD wget -q -O /dev/null "http://127.0.0.1:${PORT}/healthz" || exit 1
# The JVM's options are on its command line, not in JAVA_TOOL_OPTIONS (which makes every JVM
# print "Picked up JAVA_TOOL_OPTIONS", as JDK_JAVA_OPTIONS makes java print "NOTE: Picked up").
# The heap is 30% of the container's memory (75 MB of compose's 256m, as the start-up line
# says; below 256 MB of RAM the JVM takes MinRAMPercentage, so both are set): the rest is
# metaspace, JIT code, thread stacks and GC structures, and the headroom BENCHMARKS.md measures.
# An OutOfMemoryError ends the process, so the restart policy starts a fresh one.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=30", "-XX:MinRAMPercentage=30", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-XX:MaxMetaspaceSize=96m", "-XX:ReservedCodeCacheSize=32m", "-XX:CICompilerCount=2", "-Xss512k", "-XX:MaxDirectMemorySize=32m", "-jar", "/app/duaalbot.jar"]
CMD ["serve"]
