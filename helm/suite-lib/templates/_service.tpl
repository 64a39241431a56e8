{{- define "suite-lib.service" -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "suite-lib.name" . }}
  labels:
    {{- include "suite-lib.labels" . | nindent 4 }}
spec:
  type: ClusterIP
  selector:
    {{- include "suite-lib.selectorLabels" . | nindent 4 }}
  ports:
    - name: http
      port: {{ .Values.port | default 8080 }}
      targetPort: http
      protocol: TCP
{{- if eq (.Values.kind | default "Deployment") "StatefulSet" }}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ include "suite-lib.name" . }}-headless
  labels:
    {{- include "suite-lib.labels" . | nindent 4 }}
spec:
  clusterIP: None
  publishNotReadyAddresses: true
  selector:
    {{- include "suite-lib.selectorLabels" . | nindent 4 }}
  ports:
    - name: http
      port: {{ .Values.port | default 8080 }}
      targetPort: http
      protocol: TCP
{{- end }}
{{- end }}

{{/* The service's plain settings (secrets come from Secrets, by reference in the workload). */}}
{{- define "suite-lib.configMap" -}}
{{- if .Values.env }}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "suite-lib.name" . }}-config
  labels:
    {{- include "suite-lib.labels" . | nindent 4 }}
data:
  {{- range $name, $value := .Values.env }}
  {{ $name }}: {{ $value | quote }}
  {{- end }}
{{- end }}
{{- end }}
