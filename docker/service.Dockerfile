# syntax=docker/dockerfile:1
# One recipe for the three newsflow services; docker-compose.yml passes the Maven module and its HTTP port.
#   docker build -f docker/service.Dockerfile --build-arg MODULE=ingest-service --build-arg PORT=8081 .

# Build stage: Maven on Eclipse Temurin 17 builds the module and the modules it depends on.
FROM maven:3.9.11-eclipse-temurin-17 AS build
ARG MODULE
WORKDIR /src
COPY . .
# The cache mount keeps ~/.m2 between builds; "locked" because compose builds the three images in parallel.
RUN --mount=type=cache,target=/root/.m2,sharing=locked \
    mvn -B -q -pl ${MODULE} -am package -DskipTests

# Runtime stage: the JRE and the Spring Boot executable jar (classifier "exec", see the parent pom).
FROM eclipse-temurin:17-jre
ARG MODULE
ARG PORT
# curl is for the compose health check; Temurin images no longer ship it.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home-dir /app --shell /usr/sbin/nologin newsflow
WORKDIR /app
COPY --from=build /src/${MODULE}/target/${MODULE}-*-exec.jar /app/service.jar
USER newsflow
EXPOSE ${PORT}
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/app/service.jar"]
