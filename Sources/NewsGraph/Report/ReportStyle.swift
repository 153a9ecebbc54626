/// The report's stylesheet and content security policy.
enum ReportStyle {
    /// Nothing may be loaded: styles and the one script are inline, images only as data URLs.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

    static let css = """
        :root{--fg:#1c2430;--muted:#5d6875;--line:#d8dee5;--card:#fbfcfd;--accent:#1f63c6;--former:#c8641e;--mark:#ffe27a}
        *{box-sizing:border-box}
        html{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei","WenQuanYi Micro Hei",system-ui,sans-serif;font-size:15px;line-height:1.65;color:var(--fg);background:#fff}
        body{margin:0 auto;max-width:1120px;padding:0 20px 48px;line-break:strict;word-break:normal;overflow-wrap:anywhere}
        h1{font-size:1.6rem;margin:.6em 0 .3em}
        h2{font-size:1.3rem;border-bottom:2px solid var(--fg);padding-bottom:.2em;margin-top:2em}
        h3{font-size:1.08rem;margin:.2em 0 .4em}
        h2 small,h3 small{font-weight:normal;color:var(--muted);font-size:.8em}
        a{color:var(--accent)}
        code,.nid{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.8em}
        .nid{color:var(--muted);font-weight:normal}
        .muted{color:var(--muted)}
        header.top{position:sticky;top:0;background:#fff;border-bottom:1px solid var(--line);padding:.3em 0 .5em;z-index:2}
        nav.toc a{margin-right:1em;white-space:nowrap}
        form.filter{display:flex;flex-wrap:wrap;gap:.4em 1em;align-items:center;margin-top:.4em;font-size:.9rem}
        form.filter input[type=search]{width:16em}
        form.filter[hidden]{display:none}
        dl.stats{display:flex;flex-wrap:wrap;gap:.5em 2.5em;margin:.5em 0}
        dl.stats dt{color:var(--muted);font-size:.85rem}
        dl.stats dd{margin:0;font-size:1.1rem;font-weight:600}
        .cols{display:flex;flex-wrap:wrap;gap:1em 3em}
        .cols>*{flex:1 1 300px}
        table{border-collapse:collapse;font-size:.9rem;margin:.4em 0}
        th,td{text-align:left;vertical-align:top;padding:.2em .6em;border-bottom:1px solid var(--line)}
        thead th{font-weight:600;color:var(--muted);font-size:.82rem;white-space:nowrap}
        table.holds,table.attendees{width:100%}
        p.counts{margin:.2em 0;font-size:.9rem}
        p.counts span{margin-right:1.1em;white-space:nowrap}
        p.counts .cl{color:var(--muted);font-weight:600}
        caption{text-align:left;font-weight:600}
        tr.evrow td{border-bottom:1px solid var(--line);padding-top:0}
        .event-ev{margin-top:.4em;font-size:.9rem}
        .card{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.7em 1em;margin:1em 0}
        .card[hidden],.finding[hidden]{display:none}
        .sub,.events,.refs{margin:.2em 0;font-size:.9rem}
        p.names a{margin-right:.6em;white-space:nowrap}
        svg.timeline{display:block;width:100%;height:auto;margin:.4em 0;font-size:12px}
        svg .z-dated{fill:#eef4fb}
        svg .z-yearless{fill:#f3efe4;stroke:#b9ab86;stroke-dasharray:4 3}
        svg .z-undated{fill:#f1f1f1;stroke:#bbb;stroke-dasharray:2 3}
        svg .zt{fill:var(--muted);font-size:11px;font-weight:600}
        svg .tl{fill:var(--muted);font-size:10px}
        svg .tick{stroke:#d3dbe4;stroke-width:.6}
        svg .lane{fill:var(--fg);font-size:12.5px}
        svg a .lane{fill:var(--accent)}
        svg .lane-rule{stroke:#e6eaee}
        svg .span{stroke:var(--accent);stroke-width:3;stroke-opacity:.35}
        svg .span.yl{stroke-dasharray:5 3}
        svg .mk{fill:var(--accent);stroke:var(--accent);stroke-width:1.6}
        svg .mk.band{fill-opacity:.4}
        svg .mk.yl{fill:#fff;fill-opacity:1}
        svg .mk.yl.band{stroke-dasharray:3 2}
        svg .mk.former{fill:var(--former);stroke:var(--former)}
        svg .mk.yl.former{fill:#fff}
        svg a:hover .mk,svg a:focus .mk{stroke:#000;stroke-width:2.6}
        ul.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3em 1.4em;font-size:.85rem;margin:.5em 0 0}
        ul.legend li{display:flex;align-items:center;gap:.35em}
        svg.key{width:30px;height:16px;flex:none}
        details.evd{margin:.1em 0 .3em}
        details.evd summary{cursor:pointer;color:var(--muted);font-size:.85rem}
        ol.evl{margin:.2em 0;padding-left:1.6em}
        li.ev{margin:.25em 0}
        li.ev:target,li.finding:target,.card:target{background:#fff6cf;outline:2px solid var(--mark)}
        q.sent{quotes:"“" "”";display:block}
        .ev-note{font-size:.8rem;color:var(--muted)}
        .src{display:block;font-size:.78rem;color:var(--muted)}
        mark{background:var(--mark);color:inherit;padding:0 .1em;border-radius:2px}
        time{white-space:nowrap}
        time.partial{border-bottom:1px dashed var(--muted)}
        ol.findings{padding-left:1.6em}
        li.finding{margin:.5em 0;padding:.2em .4em;border-left:3px solid var(--former)}
        li.finding p{margin:.1em 0}
        footer{margin-top:3em;font-size:.85rem}
        @media (max-width:700px){header.top{position:static}body{padding:0 10px 32px}}
        @media print{
        header.top{position:static;border:0}
        nav.toc,form.filter,p.names{display:none}
        body{max-width:none;padding:0;font-size:10pt}
        a{color:inherit;text-decoration:none}
        .card{border-color:#999;background:#fff;padding:.4em .6em}
        svg.timeline,tr,li.ev,li.finding{break-inside:avoid}
        h2,h3{break-after:avoid}
        mark,svg,.z-yearless{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        li.ev:target,li.finding:target,.card:target{outline:0;background:none}
        }
        """
}
