using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;

namespace Gongkai.Documents.Reading.Text;

/// <summary>
/// 文本规范化: folds the character variants found in published report text to one form so that labels can be
/// matched: full-width ASCII (digits, brackets, commas, colons) to half-width, Kangxi radicals and CJK compatibility
/// ideographs (PDF extraction artefacts) to the unified ideographs, the enumeration comma 、 and the Chinese comma to
/// ',', curly and corner quotes to '"', and the traditional forms of the characters used in the format's labels to
/// their simplified forms. The fold is one character to one character, so positions stay comparable.
/// </summary>
internal static class TextNormaliser
{
    private static readonly char[] Map = BuildMap();
    // One bit per character that folds to another: an 8 KB table that stays in the CPU's first-level cache, so the
    // common case (a character that stays itself) never touches the 128 KB map.
    private static readonly ulong[] Changes = BuildChanges();
    private static readonly bool[] SpaceOrMarkup = BuildSkip();
    private static readonly bool[] Space = BuildSpace();

    /// <summary>One bit per character that <see cref="Fold(char)"/> changes (bit c % 64 of word c / 64); a pinned array.</summary>
    internal static ReadOnlySpan<ulong> ChangeBits => Changes;

    /// <summary>The folded form of one character.</summary>
    public static char Fold(char c) => (Changes[c >> 6] & (1UL << c)) != 0 ? Map[c] : c;

    /// <summary>Spaces, tabs, line breaks, the ideographic space and zero-width characters.</summary>
    public static bool IsSpace(char c) => c < SkipTableSize ? Space[c] : c == '\uFEFF';

    private static bool IsSpaceCharacter(char c) =>
        c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' or '\u00A0' or '\u3000' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u2028' or '\u2029'
        || (c >= '\u2000' && c <= '\u200A');

    /// <summary>Markdown markup that never belongs to a label: table borders, emphasis and heading marks.</summary>
    // Inlined: the tokenizer tests every character of a table's fields with it, and the JIT left it a call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsMarkup(char c) => c is '|' or '*' or '#' or '`' or '>';

    /// <summary><see cref="IsSpace"/> or <see cref="IsMarkup"/>, by table.</summary>
    public static bool IsSpaceOrMarkup(char c) => c < SkipTableSize ? SpaceOrMarkup[c] : c == '\uFEFF';

    // Every space and markup character but the BOM lies below U+3001; small tables stay in the CPU's cache.
    private const int SkipTableSize = 0x3001;

    /// <summary>The matching key of a label or text: folded, without whitespace and markup.</summary>
    public static string Key(string text) => Key(text.AsSpan());

    public static string Key(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int n = 0;
        foreach (char c in text)
            if (!IsSpaceOrMarkup(c)) buffer[n++] = Fold(c);
        return new string(buffer[..n]);
    }

    /// <summary>Appends the key of <paramref name="text"/> (see <see cref="Key(ReadOnlySpan{char})"/>) without making a string of it.</summary>
    public static void AppendKey(StringBuilder builder, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
            if (!IsSpaceOrMarkup(c)) builder.Append(Fold(c));
    }

    /// <summary>The folded form of a text, whitespace kept.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        for (int i = 0; i < text.Length; i++) buffer[i] = Fold(text[i]);
        return new string(buffer);
    }

    /// <summary>The key of a label of the format, computed once per label.</summary>
    public static string LabelKey(string label) => LabelKeys.GetOrAdd(label, static l => Key(l));

    private static readonly ConcurrentDictionary<string, string> LabelKeys = new(StringComparer.Ordinal);

    private static ulong[] BuildChanges()
    {
        // Pinned: TextDocument's compact pass gathers the bits of eight characters at once from the table's address.
        var bits = GC.AllocateArray<ulong>((char.MaxValue + 1) / 64, pinned: true);
        for (int c = 0; c <= char.MaxValue; c++)
            if (Map[c] != c) bits[c >> 6] |= 1UL << c;
        return bits;
    }

    private static bool[] BuildSkip()
    {
        var skip = new bool[SkipTableSize];
        for (int c = 0; c < SkipTableSize; c++) skip[c] = IsSpaceCharacter((char)c) || IsMarkup((char)c);
        return skip;
    }

    private static bool[] BuildSpace()
    {
        var space = new bool[SkipTableSize];
        for (int c = 0; c < SkipTableSize; c++) space[c] = IsSpaceCharacter((char)c);
        return space;
    }

    /// <summary>Chinese numerals one to ten, as used in the format's numbering (一、 （一）).</summary>
    public const string ChineseNumerals = "一二三四五六七八九十";

    private static char[] BuildMap()
    {
        var map = new char[char.MaxValue + 1];
        for (int i = 0; i < map.Length; i++) map[i] = (char)i;

        // Full-width ASCII block U+FF01–U+FF5E maps onto U+0021–U+007E (NFKC does the same).
        for (int c = 0xFF01; c <= 0xFF5E; c++) map[c] = (char)(c - 0xFEE0);

        // Kangxi radicals and CJK compatibility ideographs: PDF text extraction often yields these look-alikes
        // (⼀ for 一, ⼈ for 人); NFKC maps each to one unified ideograph.
        foreach (var (from, to) in new[] { (0x2F00, 0x2FD5), (0xF900, 0xFAFF) })
        {
            for (int c = from; c <= to; c++)
            {
                string n = ((char)c).ToString().Normalize(NormalizationForm.FormKC);
                if (n.Length == 1) map[c] = n[0];
            }
        }

        // Brackets, quotes, commas, dots and colons that vary in published copies (report-format.md §4.2 notes).
        Set(map, "【〔［", '[');
        Set(map, "】〕］", ']');
        Set(map, "“”„‟「」『』″", '"');
        Set(map, "‘’‚‛′", '\'');
        Set(map, "、，﹐､", ',');
        Set(map, "．。﹒", '.');
        Set(map, "：﹕", ':');
        Set(map, "；﹔", ';');
        Set(map, "﹙", '(');
        Set(map, "﹚", ')');
        map['〇'] = '〇';

        // Traditional → simplified for the characters of the format's labels, headings and titles.
        const string traditional =
            "萬與業為舉於會體關內決況減製辦務動區單發後國處復複覆審實對屬廢開強當總執護報據權條構沒現類穩糾納組織經結繼續維繳罰範獲穫補規計認議許訟訪訴詢請購費轉過這進採問項題額數無機確證門網時間產個們義僅從頁級書員圍圖場備層廣應張錄徵態戰戶擬損換顯術雜來極標樣檢檔匯環統聯職視覺訂設評識試話該語說讀調談負責財貫質資車較轄邊達還運違選遞郵釋針長閉聞閱隊際陸險隨難須順領頻風館齊驗縣鄉鎮廳電傳訊稱準點係繫隻祇衛陳紙歸號";
        const string simplified =
            "万与业为举于会体关内决况减制办务动区单发后国处复复复审实对属废开强当总执护报据权条构没现类稳纠纳组织经结继续维缴罚范获获补规计认议许讼访诉询请购费转过这进采问项题额数无机确证门网时间产个们义仅从页级书员围图场备层广应张录征态战户拟损换显术杂来极标样检档汇环统联职视觉订设评识试话该语说读调谈负责财贯质资车较辖边达还运违选递邮释针长闭闻阅队际陆险随难须顺领频风馆齐验县乡镇厅电传讯称准点系系只只卫陈纸归号";
        for (int i = 0; i < traditional.Length; i++) map[traditional[i]] = simplified[i];
        return map;
    }

    private static void Set(char[] map, string chars, char to)
    {
        foreach (char c in chars) map[c] = to;
    }
}
