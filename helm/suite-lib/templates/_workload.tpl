{{/*
The service's pods: a Deployment (or, for discovery, a StatefulSet with stable peer names), with startup, liveness
and readiness probes on the actuator groups, resources, a non-root read-only container without capabilities, and a
preStop pause plus grace period matched to Spring's graceful shutdown (spring.lifecycle.timeout-per-shutdown-phase).
*/}}
{{- define "suite-lib.workload" -}}
{{- $global := .Values.global | default dict -}}
{{- $port := int (.Values.port | default 8080) -}}
apiVersion: apps/v1
kind: {{ .Values.kind | default "Deployment" }}
metadata:
  name: {{ include "suite-lib.name" . }}
  labels:
    {{- include "suite-lib.labels" . | nindent 4 }}
spec:
  {{- if not (and .Values.autoscaling .Values.autoscaling.enabled) }}
  replicas: {{ .Values.replicaCount | default 2 }}
  {{- end }}
  {{- if eq (.Values.kind | default "Deployment") "StatefulSet" }}
  serviceName: {{ include "suite-lib.name" . }}-headless
  podManagementPolicy: Parallel
  {{- else }}
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxUnavailable: 0
      maxSurge: 1
  {{- end }}
  selector:
    matchLabels:
      {{- include "suite-lib.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "suite-lib.labels" . | nindent 8 }}
      annotations:
        checksum/config: {{ toJson .Values.env | sha256sum }}
    spec:
      terminationGracePeriodSeconds: {{ .Values.terminationGracePeriodSeconds | default 45 }}
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        runAsUser: 65532
        runAsGroup: 65532
        fsGroup: 65532
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: {{ include "suite-lib.name" . }}
          image: {{ include "suite-lib.image" . }}
          imagePullPolicy: {{ .Values.image.pullPolicy | default "IfNotPresent" }}
          ports:
            - name: http
              containerPort: {{ $port }}
              protocol: TCP
          {{- if .Values.env }}
          envFrom:
            - configMapRef:
                name: {{ include "suite-lib.name" . }}-config
          {{- end }}
          env:
            - name: SPRING_PROFILES_ACTIVE
              value: prod
            - name: SERVER_PORT
              value: {{ $port | quote }}
            - name: POD_NAME
              valueFrom:
                fieldRef:
                  fieldPath: metadata.name
            {{- if ne (include "suite-lib.name" .) "discovery" }}
            - name: EUREKA_URL
              value: {{ include "suite-lib.eurekaUrl" . | quote }}
            - name: KAFKA_BOOTSTRAP_SERVERS
              value: {{ required "global.kafkaBootstrapServers is required" $global.kafkaBootstrapServers | quote }}
            - name: SUITE_IDENTITY_VERIFICATION_KEYS
              valueFrom:
                secretKeyRef:
                  name: {{ $global.identitySecret | default "suite-identity" }}
                  key: verification-keys
            - name: SUITE_SERVICE_VERIFICATION_KEYS
              valueFrom:
                secretKeyRef:
                  name: {{ $global.identitySecret | default "suite-identity" }}
                  key: service-verification-keys
            {{- if ne (include "suite-lib.name" .) "gateway" }}
            - name: SUITE_SERVICE_SIGNING_KEY
              valueFrom:
                secretKeyRef:
                  name: {{ $global.identitySecret | default "suite-identity" }}
                  key: service-signing-key
            {{- end }}
            {{- end }}
            {{- with .Values.database }}
            - name: DATABASE_URL
              value: {{ required "database.url is required" .url | quote }}
            - name: DATABASE_USERNAME
              valueFrom:
                secretKeyRef:
                  name: {{ required "database.secret is required" .secret }}
                  key: username
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{ .secret }}
                  key: password
            {{- end }}
            {{- if $global.otlpTracesEndpoint }}
            - name: MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT
              value: {{ $global.otlpTracesEndpoint | quote }}
            {{- end }}
            {{- if eq (include "suite-lib.name" .) "discovery" }}
            - name: EUREKA_INSTANCE_HOSTNAME
              value: $(POD_NAME).discovery-headless
            {{- end }}
            {{- range $name, $ref := .Values.secretEnv }}
            - name: {{ $name }}
              valueFrom:
                secretKeyRef:
                  name: {{ $ref.secret }}
                  key: {{ $ref.key }}
            {{- end }}
          startupProbe:
            httpGet:
              path: /actuator/health/liveness
              port: http
            periodSeconds: 5
            failureThreshold: 36
          livenessProbe:
            httpGet:
              path: /actuator/health/liveness
              port: http
            periodSeconds: 10
            failureThreshold: 3
          readinessProbe:
            httpGet:
              path: /actuator/health/readiness
              port: http
            periodSeconds: 5
            failureThreshold: 3
          lifecycle:
            preStop:
              sleep:
                seconds: 10
          resources:
            {{- toYaml (.Values.resources | default (dict "requests" (dict "cpu" "250m" "memory" "512Mi") "limits" (dict "memory" "768Mi"))) | nindent 12 }}
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            runAsNonRoot: true
            capabilities:
              drop:
                - ALL
          volumeMounts:
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: tmp
          emptyDir: {}
{{- end }}
