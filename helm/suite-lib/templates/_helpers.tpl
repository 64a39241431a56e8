{{/* The release-independent name of the service: the chart name, as the suite's services know each other. */}}
{{- define "suite-lib.name" -}}
{{- .Chart.Name -}}
{{- end }}

{{- define "suite-lib.labels" -}}
app.kubernetes.io/name: {{ include "suite-lib.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Values.image.tag | default .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: community-suite
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end }}

{{- define "suite-lib.selectorLabels" -}}
app.kubernetes.io/name: {{ include "suite-lib.name" . }}
app.kubernetes.io/part-of: community-suite
{{- end }}

{{- define "suite-lib.image" -}}
{{- $global := .Values.global | default dict -}}
{{- $registry := .Values.image.registry | default $global.imageRegistry | default "community-suite" -}}
{{ printf "%s/%s:%s" $registry (include "suite-lib.name" .) (.Values.image.tag | default .Chart.AppVersion) }}
{{- end }}

{{/* The Eureka peers every JVM registers with: the discovery StatefulSet's pods by their stable names. */}}
{{- define "suite-lib.eurekaUrl" -}}
{{- $global := .Values.global | default dict -}}
{{- $replicas := int ($global.discoveryReplicas | default 2) -}}
{{- $urls := list -}}
{{- range $i := until $replicas -}}
{{- $urls = append $urls (printf "http://discovery-%d.discovery-headless:8761/eureka/" $i) -}}
{{- end -}}
{{ join "," $urls }}
{{- end }}
