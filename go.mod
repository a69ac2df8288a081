module github.com/jianbao/jianbao

go 1.26.8

require golang.org/x/text v0.43.0

require (
	github.com/go-text/typesetting v0.3.5 // indirect
	go.yaml.in/yaml/v3 v3.0.6 // indirect
)
