# syntax=docker/dockerfile:1
# The application image: built from this repository with the Maven wrapper, run on a JRE as a non-root user.
# Used by docker-compose.yml; DockerComposeTest checks both against the application's configuration.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY src/ src/
COPY bpmn/ bpmn/
COPY templates/ templates/
# the cache mount keeps downloaded dependencies between builds
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw && ./mvnw -B -DskipTests package && cp target/integrity-risk-*.jar /app.jar

FROM eclipse-temurin:17-jre
RUN groupadd --system integrity \
    && useradd --system --gid integrity --home-dir /app --shell /usr/sbin/nologin integrity \
    && mkdir -p /app/data \
    && chown -R integrity:integrity /app
WORKDIR /app
COPY --from=build --chown=integrity:integrity /app.jar /app/app.jar
USER integrity
EXPOSE 8080
# heap sized from the container's memory limit (the JVM's default takes only a quarter of it)
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
