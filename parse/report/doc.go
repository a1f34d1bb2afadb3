// Package report reads a 政府信息公开工作年度报告 (government information
// disclosure annual report): its section headings and the statistics it
// states in prose and in the national table template.
package report
