# duaalbot: build with Maven, run on a slim JRE as a non-root user.
#   docker build -t duaalbot .
#   docker run -p 127.0.0.1:8080:8080 --env-file .env duaalbot
#
# Base images are pinned to exact release tags, so a rebuild gets the same JDK. To update:
# pick the newest 17.0.x tags at https://hub.docker.com/_/eclipse-temurin/tags?name=17.0 and
# https://hub.docker.com/_/maven/tags?name=eclipse-temurin-17, change both lines, rebuild and
# run `docker compose up` with the memory benchmark (BENCHMARKS.md, "Memory under mem_limit").

FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline
COPY src ./src
COPY config ./config
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17.0.15_6-jre-jammy
RUN useradd --system --uid 10001 --home-dir /app duaalbot
WORKDIR /app
# the state directory (DUAALBOT_STATE_DIR, relative: /app/state): the store of missed questions;
# owned by the user, so a named volume mounted there starts writable
RUN mkdir /app/state && chown duaalbot:duaalbot /app/state
VOLUME /app/state
COPY --from=build /src/target/duaalbot.jar /app/duaalbot.jar
USER duaalbot
# The heap is 40% of the container's memory (102 MB of compose's 256m): the rest is metaspace,
# JIT code, thread stacks and GC structures, and 60 MB of headroom (BENCHMARKS.md has the peak).
# An OutOfMemoryError ends the process, so the restart policy starts a fresh one. MALLOC_ARENA_MAX
# keeps glibc from reserving an arena per thread (tens of MB of resident memory the JVM never sees).
ENV PORT=8080 \
    DUAALBOT_HOST=0.0.0.0 \
    DUAALBOT_LOG_LEVEL=INFO \
    MALLOC_ARENA_MAX=2 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=30 -XX:MinRAMPercentage=30 -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=32m -XX:CICompilerCount=2 -Xss512k -XX:MaxDirectMemorySize=32m"
EXPOSE 8080
# No second JVM for a health check: wget (in the base image) asks /healthz.
HEALTHCHECK --interval=30s --timeout=5s --retries=3 \
    CMD wget -q -O /dev/null "http://127.0.0.1:${PORT}/healthz" || exit 1
ENTRYPOINT ["java", "-jar", "/app/duaalbot.jar"]
CMD ["serve"]
