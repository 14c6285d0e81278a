/// The inline stylesheet of the HTML report: a quiet, printable layout with no external fonts or
/// images, so the file renders the same offline and on paper.
enum HTMLStylesheet {
    /// The CSS placed in the report's `<style>` element.
    static let css = """
        :root { --ink: #1d2330; --muted: #5b6475; --rule: #d7dbe3; --band: #f4f6f9;
          --critical: #8b1020; --high: #c2410c; --medium: #a16207; --low: #1d4ed8;
          --pass: #166534; --fail: #b91c1c; --insufficient: #a16207; --na: #5b6475; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 1100px; padding: 32px 40px 48px; color: var(--ink);
          font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; }
        header { border-bottom: 3px solid var(--ink); padding-bottom: 16px; margin-bottom: 24px; }
        h1 { font-size: 24px; margin: 0 0 4px; }
        h2 { font-size: 18px; margin: 32px 0 12px; padding-bottom: 4px; border-bottom: 1px solid var(--rule); }
        h3 { font-size: 15px; margin: 0 0 6px; }
        .meta { color: var(--muted); margin: 0; }
        .tiles { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 16px; }
        .tile { border: 1px solid var(--rule); border-radius: 6px; padding: 8px 14px; min-width: 120px; }
        .tile strong { display: block; font-size: 22px; }
        .tile span { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
        table { width: 100%; border-collapse: collapse; margin: 8px 0 16px; }
        th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--rule); }
        td { overflow-wrap: anywhere; }
        th { background: var(--band); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
        code, .hash { font-family: "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12px; }
        .hash { word-break: break-all; }
        .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 11px; font-weight: 600;
          text-transform: uppercase; letter-spacing: .04em; color: #fff; white-space: nowrap; }
        .severity-critical { background: var(--critical); } .severity-high { background: var(--high); }
        .severity-medium { background: var(--medium); } .severity-low { background: var(--low); }
        .status-pass { background: var(--pass); } .status-fail { background: var(--fail); }
        .status-insufficient-evidence { background: var(--insufficient); } .status-not-applicable { background: var(--na); }
        .finding { border: 1px solid var(--rule); border-left: 5px solid var(--rule); border-radius: 4px;
          padding: 12px 16px; margin: 0 0 16px; }
        .finding.severity-border-critical { border-left-color: var(--critical); }
        .finding.severity-border-high { border-left-color: var(--high); }
        .finding.severity-border-medium { border-left-color: var(--medium); }
        .finding.severity-border-low { border-left-color: var(--low); }
        .fix { background: var(--band); padding: 4px 8px; border-radius: 4px; margin: 6px 0 0; }
        .citations { margin: 0 0 6px; padding-left: 18px; color: var(--muted); }
        .ephi { color: var(--critical); font-weight: 600; font-size: 12px; }
        .badge.excepted { background: var(--na); } .excepted { color: var(--muted); margin: 4px 0 0; }
        .lifecycle span { margin-right: 8px; white-space: nowrap; }
        .missing { color: var(--fail); font-weight: 600; }
        .empty { color: var(--muted); font-style: italic; }
        .warning { color: var(--insufficient); } .error { color: var(--fail); font-weight: 600; }
        footer { margin-top: 40px; padding-top: 12px; border-top: 1px solid var(--rule); color: var(--muted); font-size: 12px; }
        @page { size: auto; margin: 16mm 14mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 11px; }
          h2, h3, .finding > .meta { break-after: avoid; page-break-after: avoid; }
          tr, .tile, .fix { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          .badge { color: #000; background: none !important; border: 1px solid #000; }
          .finding { border-left-width: 3px; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
