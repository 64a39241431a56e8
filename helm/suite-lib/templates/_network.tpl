{{/*
Only the callers named in networkPolicy.allowedCallers (pods of the suite, by name) reach the service's port; the
gateway's own chart lets the ingress controller in instead. Prometheus may scrape when monitoring is on.
*/}}
{{- define "suite-lib.networkPolicy" -}}
{{- $global := .Values.global | default dict -}}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "suite-lib.name" . }}
  labels:
    {{- include "suite-lib.labels" . | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "suite-lib.selectorLabels" . | nindent 6 }}
  policyTypes:
    - Ingress
  ingress:
    - ports:
        - port: http
          protocol: TCP
      from:
        {{- range .Values.networkPolicy.allowedCallers }}
        - podSelector:
            matchLabels:
              app.kubernetes.io/name: {{ . }}
              app.kubernetes.io/part-of: community-suite
        {{- end }}
        {{- with .Values.networkPolicy.allowedNamespaceLabels }}
        - namespaceSelector:
            matchLabels:
              {{- toYaml . | nindent 14 }}
        {{- end }}
        {{- if and $global.monitoring $global.monitoring.namespaceLabels }}
        - namespaceSelector:
            matchLabels:
              {{- toYaml $global.monitoring.namespaceLabels | nindent 14 }}
        {{- end }}
{{- end }}

{{- define "suite-lib.serviceMonitor" -}}
{{- $global := .Values.global | default dict -}}
{{- if and $global.monitoring $global.monitoring.serviceMonitor }}
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ include "suite-lib.name" . }}
  labels:
    {{- include "suite-lib.labels" . | nindent 4 }}
spec:
  selector:
    matchLabels:
      {{- include "suite-lib.selectorLabels" . | nindent 6 }}
  endpoints:
    - port: http
      path: /actuator/prometheus
      interval: 30s
{{- end }}
{{- end }}

{{/* Everything a service chart renders. */}}
{{- define "suite-lib.all" -}}
{{ include "suite-lib.workload" . }}
---
{{ include "suite-lib.service" . }}
{{- with (include "suite-lib.configMap" .) }}
---
{{ . }}
{{- end }}
---
{{ include "suite-lib.networkPolicy" . }}
{{- with (include "suite-lib.autoscaling" .) }}
---
{{ . }}
{{- end }}
{{- with (include "suite-lib.disruptionBudget" .) }}
---
{{ . }}
{{- end }}
{{- with (include "suite-lib.serviceMonitor" .) }}
---
{{ . }}
{{- end }}
{{- end }}
