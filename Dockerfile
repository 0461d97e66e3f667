# Build the jar first (./autocrm build), then: docker compose up --build
FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 autocrm
WORKDIR /opt/autocrm
COPY app/target/autocrm.jar autocrm.jar
USER autocrm
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/autocrm/autocrm.jar"]
