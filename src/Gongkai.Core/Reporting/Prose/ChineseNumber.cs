namespace Gongkai.Core.Reporting.Prose;

/// <summary>
/// 中文数字: reads counts written in Chinese numerals — 十二, 二十, 一百零五, 两千, 三万四千, and digit-by-digit 二〇二三.
/// </summary>
public static class ChineseNumber
{
    public const string Digits = "零〇一二两三四五六七八九";
    public const string Characters = Digits + "十百千万";

    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrEmpty(text) || text.Any(c => !Characters.Contains(c))) return false;

        // Digit by digit (二〇二三): no unit characters, more than one digit.
        if (text.Length > 1 && text.All(c => Digits.Contains(c)))
        {
            foreach (var c in text) value = value * 10 + DigitOf(c);
            return true;
        }

        decimal total = 0, section = 0, digit = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '十': section += (digit == 0 ? 1 : digit) * 10; digit = 0; break;
                case '百': section += digit * 100; digit = 0; break;
                case '千': section += digit * 1000; digit = 0; break;
                case '万': total += (section + digit) * 10000; section = 0; digit = 0; break;
                default: digit = DigitOf(c); break;
            }
        }
        value = total + section + digit;
        return true;
    }

    private static int DigitOf(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        _ => 9,
    };
}
