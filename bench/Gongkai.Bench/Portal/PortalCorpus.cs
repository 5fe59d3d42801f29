using Gongkai.Documents.Search;

namespace Gongkai.Bench.Portal;

/// <summary>
/// 主动公开信息 for the portal benchmark: titles and bodies in the style of a district government's releases, combined from word
/// lists (Bogus' zh_CN locale has names and addresses but no Chinese prose). A body is a few sentences drawn from a pool; each
/// sentence ends with 。, where SmartCn's sentence splitter cuts, so a body's index text is the concatenation of its sentences'
/// segmentations — each pooled sentence is segmented once instead of a million bodies. <see cref="VerifySegmentation"/> checks
/// that on a sample against the real <see cref="ChineseSegmenter.IndexText"/> before anything is written.
/// </summary>
internal sealed class PortalCorpus
{
    public static readonly string[] Places =
    [
        "东城街道", "西湖镇", "南山街道", "北关镇", "高新园区", "滨江新区", "城关镇", "临港片区", "青石乡", "金桥街道",
        "柳河镇", "桃源社区", "白沙村", "红星社区", "长乐街道", "新华街道", "清水镇", "石门乡", "凤凰社区", "梅林街道",
    ];

    public static readonly string[] Topics =
    [
        "科技", "教育", "卫生健康", "生态环境", "住房保障", "交通运输", "农业农村", "市场监管", "应急管理", "民政",
        "就业创业", "社会保障", "文化旅游", "财政预算", "安全生产", "食品安全", "城市管理", "水利", "林业", "养老服务",
        "退役军人", "统计", "审计", "国土空间规划", "招商引资", "营商环境", "乡村振兴", "垃圾分类", "消防", "防汛抗旱",
        "医疗保障", "知识产权", "数字政府", "残疾人", "妇女儿童", "托育", "物业管理", "河长制", "气象", "人民防空",
    ];

    public static readonly string[] Actions =
    [
        "开展", "推进", "加强", "做好", "落实", "组织", "部署", "完善", "深化", "规范", "实施", "启动", "召开", "举办", "调整", "优化",
    ];

    public static readonly string[] Objects =
    [
        "工作", "培训", "检查", "宣传", "服务", "项目", "方案", "会议", "专项行动", "试点", "考核", "评估", "补贴", "资金", "监督",
        "整治", "改革", "建设", "申报", "验收", "招聘", "调查", "普查", "演练", "巡查",
    ];

    public static readonly string[] DocumentKinds =
    [
        "通知", "公告", "意见", "办法", "通报", "公示", "决定", "批复", "报告", "实施方案", "工作要点", "情况说明",
    ];

    public static readonly string[] Subjects =
    [
        "科技特派员", "志愿者", "村干部", "企业代表", "社区工作者", "执法人员", "专家组", "居民群众", "中小学生", "农户",
        "老年人", "困难群众", "网格员", "技术人员", "医务人员", "教师",
    ];

    private readonly string[] _sentences;
    private readonly string[] _sentenceWords;
    private readonly string[] _titles;
    private readonly string[] _titleWords;

    private PortalCorpus(string[] sentences, string[] sentenceWords, string[] titles, string[] titleWords)
    {
        _sentences = sentences;
        _sentenceWords = sentenceWords;
        _titles = titles;
        _titleWords = titleWords;
    }

    /// <summary>Builds the pools and segments each entry once, on every core.</summary>
    public static PortalCorpus Build(ChineseSegmenter segmenter, int seed, int sentenceCount = 20_000, int titleCount = 30_000)
    {
        var random = new Random(seed);
        var sentences = Enumerable.Range(0, sentenceCount).Select(_ => Sentence(random)).ToArray();
        var titles = Enumerable.Range(0, titleCount).Select(_ => Title(random)).ToArray();
        return new PortalCorpus(sentences, Segment(segmenter, sentences), titles, Segment(segmenter, titles));
    }

    private static string[] Segment(ChineseSegmenter segmenter, string[] texts)
    {
        var words = new string[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => words[i] = segmenter.IndexText(texts[i]));
        return words;
    }

    private static T Pick<T>(Random r, T[] list) => list[r.Next(list.Length)];

    private static string Sentence(Random r) => r.Next(7) switch
    {
        0 => $"{Pick(r, Places)}{Pick(r, Actions)}{Pick(r, Topics)}{Pick(r, Objects)}，{Pick(r, Subjects)}共{r.Next(20, 3000)}人次参加。",
        1 => $"为{Pick(r, Actions)}{Pick(r, Topics)}{Pick(r, Objects)}，{Pick(r, Places)}{Pick(r, Actions)}{Pick(r, Subjects)}{Pick(r, Objects)}。",
        2 => $"本次{Pick(r, Objects)}涉及{Pick(r, Topics)}、{Pick(r, Topics)}等{r.Next(2, 30)}个领域，安排{Pick(r, Objects)}资金{r.Next(5, 5000)}万元。",
        3 => $"{Pick(r, Subjects)}围绕{Pick(r, Topics)}{Pick(r, Objects)}开展技术培训和现场指导。",
        4 => $"下一步，将持续{Pick(r, Actions)}{Pick(r, Topics)}{Pick(r, Objects)}，{Pick(r, Actions)}{Pick(r, Topics)}{Pick(r, Objects)}长效机制。",
        5 => $"截至{r.Next(2016, 2026)}年{r.Next(1, 13)}月，{Pick(r, Places)}累计完成{Pick(r, Topics)}{Pick(r, Objects)}{r.Next(3, 900)}项。",
        _ => $"{Pick(r, Places)}{Pick(r, Subjects)}对{Pick(r, Topics)}{Pick(r, Objects)}情况进行{Pick(r, Objects)}，发现问题{r.Next(1, 80)}个并督促整改。",
    };

    private static string Title(Random r) => r.Next(4) switch
    {
        0 => $"关于{Pick(r, Actions)}{Pick(r, Places)}{Pick(r, Topics)}{Pick(r, Objects)}的{Pick(r, DocumentKinds)}",
        1 => $"{r.Next(2016, 2026)}年{Pick(r, Topics)}{Pick(r, Objects)}{Pick(r, DocumentKinds)}",
        2 => $"{Pick(r, Places)}{Pick(r, Actions)}{Pick(r, Topics)}{Pick(r, Objects)}",
        _ => $"关于{Pick(r, Topics)}{Pick(r, Objects)}{Pick(r, Objects)}结果的{Pick(r, DocumentKinds)}",
    };

    /// <summary>One generated item's text: the title and its index words, the body's paragraphs (sentence indexes).</summary>
    public sealed record Text(string Title, string TitleWords, string BodyHtml, string BodyText, string BodyWords);

    public Text Compose(Random r)
    {
        var t = r.Next(_titles.Length);
        var paragraphs = r.Next(1, 4);
        var html = new System.Text.StringBuilder();
        var text = new System.Text.StringBuilder();
        var words = new System.Text.StringBuilder();
        for (var p = 0; p < paragraphs; p++)
        {
            if (p > 0) text.Append('\n');
            html.Append("<p>");
            var count = r.Next(2, 5);
            for (var s = 0; s < count; s++)
            {
                var i = r.Next(_sentences.Length);
                html.Append(_sentences[i]);
                text.Append(_sentences[i]);
                if (words.Length > 0) words.Append(' ');
                words.Append(_sentenceWords[i]);
            }
            html.Append("</p>");
        }
        return new Text(_titles[t], _titleWords[t], html.ToString(), text.ToString(), words.ToString());
    }

    /// <summary>
    /// Fails when the pooled segmentation differs from what the application indexes for the same text (ItemStore segments the
    /// title with the 文号 and the body's plain text), so the generated index is the index the portal would have written.
    /// </summary>
    public static void VerifySegmentation(ChineseSegmenter segmenter, IEnumerable<(string Title, string? DocumentNumber, string TitleWords, string BodyText, string BodyWords)> sample)
    {
        foreach (var s in sample)
        {
            var title = segmenter.IndexText(string.Join('\n', new[] { s.Title, s.DocumentNumber }.Where(x => !string.IsNullOrEmpty(x))));
            if (title != s.TitleWords) throw new InvalidOperationException($"title segmentation differs: '{title}' vs '{s.TitleWords}'");
            var body = segmenter.IndexText(s.BodyText);
            if (body != s.BodyWords) throw new InvalidOperationException($"body segmentation differs: '{body}' vs '{s.BodyWords}'");
        }
    }

    /// <summary>Search queries of one to three words from the vocabulary, as the public types them (space-separated).</summary>
    public static IReadOnlyList<string> Queries(int count, int seed)
    {
        var r = new Random(seed);
        var vocabulary = Topics.Concat(Objects).Concat(Subjects).Concat(Places).Concat(["技术培训", "现场指导", "长效机制", "整改"]).ToArray();
        var list = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var n = 1 + i % 3;
            list.Add(string.Join(' ', Enumerable.Range(0, n).Select(_ => Pick(r, vocabulary)).Distinct()));
        }
        return list;
    }
}
