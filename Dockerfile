# duaalbot: build with Maven, run on a slim JRE as a non-root user.
#   docker build -t duaalbot .
#   docker run -p 8080:8080 --env-file .env duaalbot

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline
COPY src ./src
COPY config ./config
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre-jammy
RUN useradd --system --uid 10001 --home-dir /app duaalbot
WORKDIR /app
COPY --from=build /src/target/duaalbot.jar /app/duaalbot.jar
COPY config /app/config
USER duaalbot
ENV PORT=8080 \
    DUAALBOT_HOST=0.0.0.0 \
    DUAALBOT_LOG_LEVEL=INFO \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --retries=3 \
    CMD ["java", "-XX:TieredStopAtLevel=1", "-jar", "/app/duaalbot.jar", "healthcheck"]
ENTRYPOINT ["java", "-jar", "/app/duaalbot.jar"]
CMD ["serve"]
