/// The page around the sections: head, header, navigation, filter form, legend, and
/// the closing filter index and script.
extension ReportPage {
    func head() -> String {
        let t = HTMLText.escape(title)
        return """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(ReportStyle.contentSecurityPolicy)">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="NewsGraph">
            <title>\(t)</title>
            <style>\(ReportStyle.css)</style>
            </head>
            <body>
            <header class="top">
            <h1>\(t)</h1>
            <nav class="toc"><a href="#overview">概览 Overview</a> <a href="#people">人物 People</a> <a href="#offices">职务 Offices</a> <a href="#events">活动 Events</a> <a href="#audit">审计 Audit</a> <a href="#others">其他人物 Others</a></nav>
            <form id="ng-filter" class="filter" hidden role="search" onsubmit="return false">
            <label>搜索 Search <input id="ng-q" type="search" placeholder="姓名、职务、活动 name, office, event" autocomplete="off"></label>
            <label>从 From <input id="ng-from" type="date"></label>
            <label>到 To <input id="ng-to" type="date"></label>
            <label><input id="ng-unknown" type="checkbox" checked> 保留年份不详 keep year-unknown</label>
            <button id="ng-reset" type="button">清除 Reset</button>
            <output id="ng-count"></output>
            </form>
            </header>
            <main>

            """
    }

    /// The key to the timeline marks, drawn with the same classes as the timelines.
    func legend() -> String {
        func item(_ shape: String, _ text: String) -> String {
            "<li><svg class=\"key\" viewBox=\"0 0 30 16\" aria-hidden=\"true\">\(shape)</svg>\(text)</li>"
        }
        return "<ul class=\"legend\">"
            + item("<circle class=\"mk\" cx=\"15\" cy=\"8\" r=\"5\"/>", "完整日期 full date")
            + item(
                "<rect class=\"mk band\" x=\"3\" y=\"3\" width=\"24\" height=\"10\" rx=\"2\"/>",
                "只知年月或年份 month or year only")
            + item(
                "<rect class=\"z-yearless\" x=\"0\" y=\"0\" width=\"30\" height=\"16\"/><circle class=\"mk yl\" cx=\"15\" cy=\"8\" r=\"5\"/>",
                "年份不详（XXXX），按月日放在阴影区 year unknown: placed by month and day in the shaded zone")
            + item(
                "<rect class=\"z-yearless\" x=\"0\" y=\"0\" width=\"30\" height=\"16\"/><rect class=\"mk yl band\" x=\"3\" y=\"3\" width=\"24\" height=\"10\" rx=\"2\"/>",
                "年份不详，只知月份 year and day unknown")
            + item("<path class=\"mk yl\" d=\"M15 3l5 5l-5 5l-5-5z\"/>", "无日期 no date")
            + item("<circle class=\"mk former\" cx=\"15\" cy=\"8\" r=\"5\"/>", "原（前任）职务 called former (原…)")
            + item(
                "<line class=\"span\" x1=\"2\" x2=\"28\" y1=\"8\" y2=\"8\"/>",
                "首次至末次见报，并非任期 first to last sighting, not the term of office")
            + "</ul><p class=\"muted\">每条时间线的刻度只覆盖它自己的日期；每个标记都链接到它所依据的句子。Each timeline's scale covers its own dates; every mark links to the sentence it came from.</p>"
    }

    func tail() -> String {
        "</main>\n<footer class=\"muted\">NewsGraph 报告 · 数据来自所列文件的原文句子 · every fact cites its file and byte range</footer>\n"
            + "<script type=\"application/json\" id=\"ng-index\">\(HTMLText.scriptJSON(filterEntries))</script>\n"
            + "<script>\(ReportScript.source)</script>\n</body>\n</html>\n"
    }
}
