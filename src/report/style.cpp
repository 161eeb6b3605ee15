#include "helixnet/report/style.hpp"

namespace helixnet {

std::string_view report_css() {
    return R"CSS(
:root{--ink:#1c2733;--muted:#5b6775;--line:#dde3ea;--soft:#f4f7fa;--accent:#1f5f8b;--accent-soft:#e6f0f7}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;color:var(--ink);background:#fff;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Liberation Sans",sans-serif;font-variant-numeric:tabular-nums}
.wrap{max-width:1200px;margin:0 auto;padding:0 40px}
h1,h2,h3{line-height:1.25;color:#0f1b27}
h1{font-size:2.5rem;margin:.2em 0 .4em;letter-spacing:-.01em}
h2{font-size:1.6rem;margin:0 0 .6em;display:flex;align-items:baseline;gap:.6em}
h2 .num{font-size:.95rem;font-weight:600;color:var(--accent);background:var(--accent-soft);border-radius:999px;min-width:2em;text-align:center;padding:.1em .5em}
h3{font-size:1.1rem;margin:1.6em 0 .4em}
a{color:var(--accent)}
p{max-width:78ch}
.cover{background:linear-gradient(180deg,#eef4f9 0%,#f8fafc 100%);border-bottom:1px solid var(--line);padding:56px 0 40px}
.kicker{text-transform:uppercase;letter-spacing:.14em;font-size:.8rem;font-weight:600;color:var(--accent);margin:0}
.lede{font-size:1.08rem;color:#33414f;max-width:80ch}
.wave-list{list-style:none;padding:0;margin:1.4em 0 0;display:flex;flex-wrap:wrap;gap:12px}
.wave-list li{background:#fff;border:1px solid var(--line);border-radius:10px;padding:.45em .9em;font-size:.92rem}
.wave-list b{color:var(--accent);margin-right:.5em}
.note{font-size:.92rem;color:var(--muted)}
.toc{margin:36px 0 8px;padding:18px 24px;border:1px solid var(--line);border-radius:12px;background:var(--soft)}
.toc h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.12em;color:var(--muted);margin:0 0 .4em}
.toc ol{margin:0;padding-left:1.4em;columns:3;column-gap:32px;font-size:.95rem}
.toc a{text-decoration:none}
section{padding:44px 0 8px;border-top:1px solid var(--line);margin-top:36px}
.intro{color:var(--muted);margin-top:-.2em}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:16px}
.card{border:1px solid var(--line);border-radius:12px;padding:16px 18px;background:#fff;box-shadow:0 1px 2px rgba(16,36,56,.05)}
.card-label{font-size:.85rem;color:var(--muted);font-weight:600}
.card-value{font-size:2.2rem;font-weight:700;line-height:1.15;color:#0f1b27;margin:.15em 0}
.card-from,.card-wave{font-size:.82rem;color:var(--muted)}
.diagrams{display:grid;gap:18px;grid-template-columns:1fr}
figure{margin:0}
.diagram{border:1px solid var(--line);border-radius:12px;padding:10px;background:#fff;display:flex;flex-direction:column}
.diagram>a{display:block;flex:1}
.diagram svg.network{display:block;width:100%;height:auto}
.diagram.wide{margin:8px 0}
figcaption{font-size:.9rem;color:var(--muted);padding:8px 4px 2px}
figcaption b{color:var(--ink)}
figcaption .meta{display:block}
figcaption a.file{font-size:.8rem;border:1px solid var(--line);border-radius:6px;padding:0 .4em;text-decoration:none;margin-left:.3em}
.story h3{margin-top:1.2em}
.story p{font-size:1.02rem;border-left:3px solid var(--accent);padding:.1em 0 .1em 1em}
.charts{display:grid;gap:18px;grid-template-columns:repeat(auto-fill,minmax(340px,1fr))}
.chart{border:1px solid var(--line);border-radius:12px;padding:12px 12px 6px}
.chart figcaption{font-weight:600;color:var(--ink);padding:0 4px 4px;font-size:.95rem}
svg.trend{display:block;width:100%;height:auto;font-size:11px}
svg.trend .grid{stroke:#e8edf2;stroke-width:1}
svg.trend .axis{stroke:#9aa7b4;stroke-width:1}
svg.trend .tick{fill:#7a8794;font-size:10px}
svg.trend .year{fill:#44515e;font-size:11px;font-weight:600}
svg.trend .value{font-size:11.5px;font-weight:700}
svg.trend .value.ref{font-weight:500}
svg.trend .legend{fill:#44515e;font-size:11px}
.table-wrap{overflow-x:auto;margin:10px 0 24px}
table{border-collapse:collapse;width:100%;font-size:.93rem}
caption{text-align:left;font-weight:700;padding:0 0 8px;font-size:1rem}
th,td{padding:7px 12px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{font-size:.8rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);border-bottom:2px solid #c9d2dc}
tbody th{font-weight:500}
.num{text-align:right;white-space:nowrap}
td.change{font-weight:600}
.pct{color:var(--muted);font-weight:400}
tr.group th{background:var(--soft);font-weight:700;text-transform:capitalize;padding-top:10px}
tr.sub th{padding-left:28px;font-weight:400}
tbody tr:hover{background:#fafcfd}
.ranking td,.ranking th{width:31%}
.ranking .rank{width:3em;color:var(--muted)}
.score{color:var(--muted);font-size:.85em;margin-left:.3em}
.dot{display:inline-block;width:.7em;height:.7em;border-radius:50%;margin-right:.45em;vertical-align:baseline;border:1px solid rgba(0,0,0,.15)}
.muted{color:var(--muted)}
.count{display:inline-block;font-weight:700;margin-bottom:.2em}
ul.names{list-style:none;padding:0;margin:0;columns:2;column-gap:24px;font-size:.92rem}
ul.names li{break-inside:avoid}
.turnover th[scope=row]{white-space:nowrap}
.initiatives{display:grid;gap:18px;grid-template-columns:repeat(auto-fill,minmax(460px,1fr))}
.initiative{border:1px solid var(--line);border-radius:12px;padding:4px 18px 12px;break-inside:avoid}
.initiative h3{margin:.8em 0 .2em}
.two-mode{display:grid;gap:18px;grid-template-columns:minmax(0,3fr) minmax(0,2fr);align-items:start;margin-bottom:12px}
.two-mode h4{margin:.6em 0 .2em}
.tags{margin:0 0 .4em}
.tag{display:inline-block;background:var(--accent-soft);color:var(--accent);border-radius:999px;font-size:.78rem;font-weight:600;padding:.05em .7em;margin-right:.4em}
.members{font-size:.88rem}
.members th,.members td{padding:4px 8px}
.members .mark{text-align:center;width:3.6em}
.members .yes{color:var(--accent)}
.members tfoot td{font-weight:600;border-bottom:none;color:var(--muted)}
.description{max-width:90ch}
ul.sources{padding-left:1.2em}
ul.sources li{margin-bottom:.6em}
.source-title{display:block;font-weight:600}
.source-meta,.source-url{display:block;color:var(--muted);font-size:.92rem}
code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"Liberation Mono",monospace;font-size:.88em;word-break:break-all}
dl.definitions{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:4px 32px;margin:0}
dl.definitions div{padding:8px 0;border-bottom:1px solid var(--line);break-inside:avoid}
dt{font-weight:700}
dd{margin:0;color:#3a4856;font-size:.93rem}
.robustness td.mark{text-align:center}
.robustness .holds{color:var(--accent)}
.robustness .fails{color:#9c3a17;font-weight:700}
.verdict{display:inline-block;border-radius:999px;font-size:.78rem;font-weight:600;padding:.05em .7em}
.verdict.robust{background:var(--accent-soft);color:var(--accent)}
.verdict.fragile{background:#fbe9e2;color:#9c3a17}
.fragile-list li{margin-bottom:.6em}
.fragile-list blockquote{margin:.3em 0;padding:.1em 0 .1em 1em;border-left:3px solid #e3b5a3}
.fragile-list cite{display:block;font-style:normal;color:var(--muted);font-size:.88rem}
footer{padding-top:28px;padding-bottom:48px;color:var(--muted);font-size:.85rem;border-top:1px solid var(--line);margin-top:40px}
@media (max-width:900px){.wrap{padding:0 20px}.toc ol{columns:1}.initiatives{grid-template-columns:1fr}.two-mode{grid-template-columns:1fr}}
@media print{
 @page{size:A4;margin:16mm 14mm}
 @page wide{size:A4 landscape;margin:12mm}
 #diagrams,#change{page:wide}
 body{font-size:10.5pt;color:#000;background:#fff}
 .wrap{max-width:none;padding:0}
 .cover{background:none;border-bottom:2px solid #000;padding:0 0 12pt}
 .toc{background:none}
 section{break-before:page;border-top:none;padding-top:0;margin-top:0}
 h2,h3,caption{break-after:avoid}
 .diagram,.chart,.card,.initiative,table,figure{break-inside:avoid;box-shadow:none}
 .diagram svg.network{max-height:165mm}
 .charts{grid-template-columns:repeat(2,1fr)}
 .initiatives{grid-template-columns:1fr 1fr}
 a{color:inherit;text-decoration:none}
 a.file{display:none}
 tbody tr:hover{background:none}
 h2 .num{background:none;border:1px solid #000;color:#000}
}
)CSS";
}

}  // namespace helixnet
