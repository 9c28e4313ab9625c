module pismreader

go 1.26.0

require (
	fyne.io/fyne/v2 v2.7.1 // indirect
	go.yaml.in/yaml/v3 v3.0.6 // indirect
	golang.org/x/text v0.44.0 // indirect
)
