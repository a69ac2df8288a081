package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/jianbao/jianbao/report"
)

func newTemplatesCmd(stdout, _ io.Writer) *cobra.Command {
	var dir string
	cmd := &cobra.Command{
		Use:   "templates",
		Short: "List the layouts, or print one (jianbao templates show NAME)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return listTemplates(stdout, dir)
		},
	}
	list := &cobra.Command{
		Use:   "list",
		Short: "List the layouts with their descriptions",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return listTemplates(stdout, dir) },
	}
	show := &cobra.Command{
		Use:   "show NAME",
		Short: "Print a layout's YAML, to copy and adapt with --templates DIR",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			data, err := report.LayoutSource(dir, args[0])
			var nf *report.LayoutNotFoundError
			if errors.As(err, &nf) {
				return usageError("%v", err)
			}
			if err != nil {
				return &exitError{exitInput, err}
			}
			_, err = stdout.Write(data)
			return err
		},
	}
	cmd.PersistentFlags().StringVar(&dir, "templates", "", "directory of layouts that override the built-in ones")
	cmd.AddCommand(list, show)
	return cmd
}

func listTemplates(w io.Writer, dir string) error {
	for _, l := range report.Layouts(dir) {
		if l.Err != nil {
			fmt.Fprintf(w, "%-14s (error: %v)\n", l.Name, l.Err)
			continue
		}
		fmt.Fprintf(w, "%-14s %s\n", l.Name, l.Description)
	}
	return nil
}
