{{/*
Chart name, overridable by nameOverride.
*/}}
{{- define "sales-platform.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fully qualified app name, at most 63 characters (DNS label limit).
If the release name already contains the chart name it is used as is.
*/}}
{{- define "sales-platform.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Chart name and version, as used by the helm.sh/chart label.
*/}}
{{- define "sales-platform.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Common labels.
*/}}
{{- define "sales-platform.labels" -}}
helm.sh/chart: {{ include "sales-platform.chart" . }}
{{ include "sales-platform.selectorLabels" . }}
app.kubernetes.io/version: {{ (.Values.image.tag | default .Chart.AppVersion) | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: sales-platform
{{- end }}

{{/*
Selector labels (immutable once deployed).
*/}}
{{- define "sales-platform.selectorLabels" -}}
app.kubernetes.io/name: {{ include "sales-platform.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Name of the service account the pods run as.
*/}}
{{- define "sales-platform.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "sales-platform.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
Name of the headless service Hazelcast discovers cluster members through.
*/}}
{{- define "sales-platform.headlessServiceName" -}}
{{- printf "%s-headless" (include "sales-platform.fullname" . | trunc 54 | trimSuffix "-") }}
{{- end }}

{{/*
Name of the claim holding the plugins directory.
*/}}
{{- define "sales-platform.pluginsClaimName" -}}
{{- if .Values.plugins.persistentVolumeClaim.existingClaim }}
{{- .Values.plugins.persistentVolumeClaim.existingClaim }}
{{- else }}
{{- printf "%s-plugins" (include "sales-platform.fullname" . | trunc 55 | trimSuffix "-") }}
{{- end }}
{{- end }}

{{/*
Image reference; the tag defaults to the chart's appVersion.
*/}}
{{- define "sales-platform.image" -}}
{{- printf "%s:%s" .Values.image.repository (.Values.image.tag | default .Chart.AppVersion | toString) }}
{{- end }}
