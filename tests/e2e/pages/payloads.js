// Script-injection payloads for the security tests. Each, if it ever ran, would call
// `window.__hit(name)` or fetch `/__leak/name` (the tests record both); rendered by
// article-card they must stay inert text.
export const HIT = (name) => `window.__hit('${name}')`;

export const PAYLOADS = [
  ["script", `<script>${HIT("script")}</script>`],
  ["img-onerror", `<img src=x onerror="${HIT("img-onerror")}">`],
  ["img-unquoted", `<img src=/__leak/img onerror=${HIT("img-unquoted")}>`],
  ["js-link", `<a href="javascript:${HIT("js-link")}">read more</a>`],
  ["js-link-entity", `<a href="jav&#x09;ascript:${HIT("js-link-entity")}">more</a>`],
  ["svg-onload", `<svg onload="${HIT("svg-onload")}"><script>${HIT("svg-script")}</script></svg>`],
  ["svg-animate", `<svg><animate onbegin="${HIT("svg-animate")}" attributeName=x dur=1s>`],
  ["svg-use", `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='${HIT("svg-use")}'/></svg>#x"/></svg>`],
  ["math", `<math><mtext><table><mglyph><style><img src=x onerror="${HIT("math")}">`],
  ["math-href", `<math href="javascript:${HIT("math-href")}">click</math>`],
  ["mxss-noscript", `<noscript><p title="</noscript><img src=x onerror=${HIT("mxss-noscript")}>">`],
  ["mxss-svg-style", `<svg></p><style><a id="</style><img src=1 onerror=${HIT("mxss-svg-style")}>">`],
  ["mxss-comment", `<!--<img src="--><img src=x onerror=${HIT("mxss-comment")}//">`],
  ["mxss-textarea", `<textarea></textarea><img src=x onerror=${HIT("mxss-textarea")}>`],
  ["iframe-srcdoc", `<iframe srcdoc="<script>parent.${HIT("iframe-srcdoc")}</script>"></iframe>`],
  ["details", `<details open ontoggle="${HIT("details")}">x</details>`],
  ["object", `<object data="javascript:${HIT("object")}"></object>`],
  ["meta-refresh", `<meta http-equiv="refresh" content="0;url=javascript:${HIT("meta-refresh")}">`],
  ["base", `<base href="javascript:${HIT("base")}//">`],
  ["form", `<form><button formaction="javascript:${HIT("form")}">go</button></form>`],
  ["css-import", `<style>@import '/__leak/css-import';</style>`],
  ["css-url", `<div style="background:url(/__leak/css-url)">styled</div>`],
  ["css-break-out", `"></style><style>*{background:url(/__leak/css-break-out)}</style>`],
  ["css-expression", `<p style="color:expression(${HIT("css-expression")})">old IE</p>`],
  ["attr-break-out", `" onmouseover="${HIT("attr-break-out")}" x="`],
  ["template-moustache", `{{constructor.constructor('${HIT("template-moustache")}')()}}`],
  ["template-literal", `\${${HIT("template-literal")}}`],
  ["template-erb", `<%= ${HIT("template-erb")} %>`],
  ["template-tag", `<template><img src=x onerror="${HIT("template-tag")}"></template>`],
];

/** A plain-text article with every payload in its headers, quotes, names and sentences. */
export function textArticle() {
  const lines = [
    `title Breaking: ${PAYLOADS[1][1]} ${PAYLOADS[0][1]}`,
    `byline By ${PAYLOADS[4][1]}`,
    "date 2023-02-13",
    "",
  ];
  for (const [name, p] of PAYLOADS) {
    lines.push(`"${p} is what we found," said Jane ${name.replace(/[^a-z]/g, "")} Smith, a NATO official, on Monday in Brussels.`);
    lines.push("");
    lines.push(`The inquiry said on February 11 that ${p} had been seen in the wild.`);
    lines.push("");
  }
  return lines.join("\n");
}

/** An HTML page with every payload as markup, in attributes and in the metadata. */
export function htmlArticle() {
  const esc = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const body = PAYLOADS.map(([name, p]) =>
    `<p>"${p} is here," said Jane Smith of the <b>${p}</b> Agency on Monday. ${p}</p>\n` +
    `<p title="${esc(p)}">The report, published on February 11 in <a href="javascript:${HIT(name + "-a")}">Brussels</a>, said so.</p>`,
  ).join("\n");
  return `<!doctype html><html><head><title>${esc(PAYLOADS[0][1])} headline</title>
<meta property="og:title" content="${esc(PAYLOADS[1][1])}">
<meta name="author" content="${esc(PAYLOADS[3][1])}">
<meta property="article:published_time" content="2023-02-13">
<script>${HIT("head-script")}</script>
</head><body><article><h1>${PAYLOADS[1][1]} headline</h1>\n${body}</article></body></html>`;
}
