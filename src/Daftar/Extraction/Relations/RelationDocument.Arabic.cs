using System.Collections.Frozen;
using Daftar.Domain;
using Daftar.Extraction.Actors;

namespace Daftar.Extraction.Relations;

/// <summary>
/// The Arabic patterns: the English ones in Arabic word order. Titles stand before the group and the person
/// ("زعيم التيار الصدري مقتدى الصدر"), appositions follow a comma "،" or ","; relational words carry proclitics and the
/// article (والمنشقة, للتيار), which the word tests allow; words are compared folded (<see cref="NameFolding"/>).
/// </summary>
internal sealed partial class RelationDocument
{
    /// <summary>Proclitic runs allowed before an Arabic relational word: conjunction, preposition, article.</summary>
    private static readonly FrozenSet<string> ArabicPrefixes = FrozenSet.Create(StringComparer.Ordinal,
        string.Empty, "ال", "و", "ف", "وال", "فال", "ب", "ل", "ك", "بال", "كال", "لل", "وب", "ول", "فب", "فل", "وبال", "ولل", "فبال", "فلل");

    /// <summary>Nouns that make the person after a group its leader: "زعيم التيار …", "الأمين العام لـ…".</summary>
    private static readonly FrozenSet<string> ArabicLeaderNouns = ArabicSet("زعيم", "زعيمة", "قائد", "قائدة", "رئيس", "رئيسة", "مؤسس", "مؤسسة", "مرشد", "أمير");

    /// <summary>Nouns that make the person after a group one of its members: "القيادي في التيار …", "عضو …".</summary>
    private static readonly FrozenSet<string> ArabicMemberNouns = ArabicSet("قيادي", "القيادية", "عضو", "عضوة", "نائب", "نائبة", "المتحدث", "المتحدثة", "الناطق", "الناطقة");

    private static readonly FrozenSet<string> ArabicAdvisorNouns = ArabicSet("مستشار", "مستشارة", "مستشارو", "مستشاري");

    private static readonly FrozenSet<string> ArabicBackedWords = ArabicSet("مدعوم", "مدعومة", "مدعومون", "مدعومين", "مدعومتان");

    private static readonly FrozenSet<string> ArabicSplitWords = ArabicSet("منشق", "منشقة", "منشقون", "منشقين", "انشق", "انشقت", "انشقوا", "ينشق", "تنشق");

    private static readonly FrozenSet<string> ArabicPartWords = ArabicSet("تابع", "تابعة", "تابعون", "تابعين");

    private static readonly FrozenSet<string> ArabicAllyWords = ArabicSet("حليف", "حليفة", "حلفاء", "متحالف", "متحالفة", "تحالف", "تحالفت", "يتحالف", "تتحالف");

    private static readonly FrozenSet<string> ArabicRivalWords = ArabicSet("معارض", "معارضة", "خصم", "خصوم", "غريم", "عدو");

    /// <summary>Nouns naming a kind of group, skipped after the comma: "عصائب أهل الحق، الفصيل المدعوم من إيران".</summary>
    private static readonly FrozenSet<string> ArabicGroupNouns = ArabicSet("فصيل", "حركة", "جماعة", "ميليشيا", "مليشيا", "منظمة", "حزب", "تنظيم", "كتلة", "تحالف", "ائتلاف", "قوة", "قوات");

    /// <summary>"حركته", "جماعته": his group, the group the person before leads.</summary>
    private static readonly FrozenSet<string> ArabicHisGroup = ArabicSet("حركته", "جماعته", "حزبه", "فصيله", "تنظيمه", "كتلته", "حركتها", "جماعتها");

    /// <summary>Words that may stand between a subject and its verb or participle: "قد انشقت", "كانت تابعة".</summary>
    private static readonly FrozenSet<string> ArabicAuxiliaries = ArabicSet("قد", "لقد", "كان", "كانت", "كانوا", "ظل", "ظلت", "أيضا", "أيضاً");

    private static readonly FrozenSet<string> ArabicRelatives = ArabicSet("الذي", "التي", "الذين", "اللذان", "اللتان");

    private static FrozenSet<string> ArabicSet(params string[] words) =>
        words.Select(w => FoldArabic(w.StartsWith("ال", StringComparison.Ordinal) && w.Length > 4 ? w[2..] : w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A word as <see cref="Lower"/> writes it: Arabic letters folded (أ إ آ → ا, ة → ه, ى → ي), marks dropped.</summary>
    private static string FoldArabic(string word)
    {
        var chars = new List<char>(word.Length);
        foreach (var c in word)
        {
            var f = NameFolding.IsArabic(c) ? NameFolding.Fold(c) : c;
            if (f != NameFolding.Skip && f != NameFolding.Break)
                chars.Add(f);
        }

        return new string([.. chars]);
    }

    private bool IsComma(int k) => IsPunct(k, ",") || IsPunct(k, "\u060C");

    /// <summary>True when word k is one of <paramref name="stems"/>, with proclitics and the article allowed before it.</summary>
    private bool ArIs(int k, FrozenSet<string> stems)
    {
        if (k < 0 || k >= tokens.Count || tokens[k].Kind != TokenKind.Word)
            return false;
        var word = tokens[k].Word;
        if (word.Length == 0 || !NameFolding.IsArabic(word[0]))
            return false;
        for (var p = 0; p <= Math.Min(5, word.Length - 2); p++)
        {
            if (ArabicPrefixes.Contains(word[..p]) && stems.Contains(word[p..]))
                return true;
        }

        return false;
    }

    private bool ArIs(int k, string stem)
    {
        if (k < 0 || k >= tokens.Count || tokens[k].Kind != TokenKind.Word)
            return false;
        var word = tokens[k].Word;
        return word.EndsWith(stem, StringComparison.Ordinal) && ArabicPrefixes.Contains(word[..^stem.Length]);
    }

    /// <summary>Exactly the word <paramref name="word"/> (a preposition: من, عن, مع, في).</summary>
    private bool ArWord(int k, string word) => IsWord(k, word);

    /// <summary>The actor after a relational noun, past one adjective ("الخصم اللدود لنوري المالكي"), or k.</summary>
    private int ArObjectAfterAdjective(int k)
    {
        var o = ArObject(k);
        if (IsActor(o) || k >= tokens.Count || tokens[k].Kind != TokenKind.Word || IsWord(k, "ل") || Stoppers.Contains(tokens[k].Word)
            || IsWord(k, "من") || IsWord(k, "عن") || IsWord(k, "في") || IsWord(k, "مع"))
            return o;
        return ArObject(k + 1);
    }

    /// <summary>The actor after a preposition written on it ("ل" before "عصائب …"), or k.</summary>
    private int ArObject(int k) => IsWord(k, "ل") || IsWord(k, "ب") || IsWord(k, "لل") ? k + 1 : k;

    /// <summary>
    /// A word starting an Arabic pattern: "زعيم التيار الصدري مقتدى الصدر" (leads), "الأمين العام لعصائب أهل الحق قيس
    /// الخزعلي" (leads), "الرئيس الإيراني X" (leads the state), "القيادي في التيار الصدري X" (member_of), "مستشار الصدر X"
    /// (advises).
    /// </summary>
    private void ArabicTitle(int j)
    {
        var after = ArabicLeaderNounEnd(j);
        var predicate = RelationKind.Leads;
        if (after < 0 && ArIs(j, ArabicMemberNouns))
        {
            after = IsWord(j + 1, "في") || IsWord(j + 1, "عن") ? j + 2 : j + 1;
            predicate = RelationKind.MemberOf;
        }
        else if (after < 0 && ArIs(j, ArabicAdvisorNouns))
        {
            // "المستشار السياسي للصدر X".
            after = j + 1;
            if (tokens.Count > after && tokens[after].Kind == TokenKind.Word && !IsWord(after, "ل") && !ArIs(after, ArabicGroupNouns))
                after++;
            predicate = RelationKind.Advises;
        }

        if (after < 0)
            return;
        var g = ArObject(after);
        if (!IsActor(g) || (predicate != RelationKind.Advises && !IsGroup(g)))
            return;
        var p = g + 1;
        while (IsActor(p) && tokens[p].Actor == tokens[g].Actor)
            p++;
        if (!IsPerson(p) || tokens[g].Mention == MentionKind.Member)
            return;

        // "رئيس الوزراء العراقي X": a state only by its adjective after a leader title.
        if (TypeOf(tokens[g].Actor!) == ActorType.State && (predicate != RelationKind.Leads || tokens[g].Mention != MentionKind.Adjective && !IsWord(g - 1, "ل")))
            return;
        if (TypeOf(tokens[g].Actor!) != ActorType.State && tokens[g].Mention == MentionKind.Adjective)
            return;
        Add(tokens[p].Actor, predicate, tokens[g].Actor, j, p);
    }

    /// <summary>The index after an Arabic leader noun or leader title at j ("زعيم", "الأمين العام", "رئيس الوزراء"), or -1.</summary>
    private int ArabicLeaderNounEnd(int j)
    {
        if (ArIs(j, "امين") && IsWord(j + 1, "العام"))
            return j + 2;
        if (ArIs(j, "امين") && IsWord(j + 1, "عام"))
            return j + 2;
        if (!ArIs(j, ArabicLeaderNouns))
            return -1;

        // "رئيس الوزراء", "المرشد الأعلى": the title's second word.
        if (IsWord(j + 1, "الوزراء") || IsWord(j + 1, "الحكومه") || IsWord(j + 1, "الجمهوريه") || IsWord(j + 1, "الاعلي") || IsWord(j + 1, "العام"))
            return j + 2;
        return j + 1;
    }

    /// <summary>
    /// After an actor and a comma: "مقتدى الصدر، زعيم التيار الصدري" (leads), "سرايا السلام، الجناح المسلح للتيار"
    /// (armed_wing_of), "عصائب أهل الحق، الفصيل المدعوم من إيران الذي انشق عن التيار الصدري" (backed_by, splinter_of),
    /// "X، القيادي في التيار", "X، مستشار الصدر", "X، حليف …", "X، خصم …"; and after the actor itself (no comma) the verbal
    /// forms "X انشقت عن Y", "X تابعة لـY", "X المدعومة من Y".
    /// </summary>
    private void ArabicAfter(int b, int k, bool appositive)
    {
        var subject = tokens[b].Actor;
        var stop = Math.Min(tokens.Count, k + 16);
        var j = k;
        if (appositive && (IsWord(j, "وهو") || IsWord(j, "وهي") || IsWord(j, "هو") || IsWord(j, "هي")))
            j++;
        if (appositive && ArIs(j, ArabicGroupNouns))
            j++;
        if (appositive && ArIs(j, ArabicRelatives))
            j++;

        while (ArIs(j, ArabicAuxiliaries))
            j++;

        // Right after a name only a verb or participle states a relation ("X انشقت عن Y"); a noun there starts
        // another phrase ("التقى السوداني زعيم التيار" is no leads).
        if (!appositive && (tokens.Count <= j || tokens[j].Word.StartsWith('و') || tokens[j].Word.StartsWith('ف')))
            return;
        if (!appositive && !(ArIs(j, ArabicSplitWords) || ArIs(j, ArabicBackedWords) || ArIs(j, ArabicPartWords) || IsArabicVerbalAlly(j)))
            return;

        // The first relation right after the apposition's start; then only relatives and conjunctions chain on.
        while (j < stop)
        {
            var next = ArabicRelationAt(b, subject, j);
            if (next < 0)
                return;
            j = next;
            if (IsComma(j) || IsPunct(j, ".") || j >= stop)
                return;
            if (ArIs(j, ArabicRelatives))
                j++;
            else if (tokens[j].Kind == TokenKind.Word && tokens[j].Word.StartsWith('و') && (ArIs(j, ArabicSplitWords) || ArIs(j, ArabicBackedWords) || ArIs(j, ArabicPartWords)))
                continue;
            else
                return;
        }
    }

    private bool IsArabicVerbalAlly(int j) => ArIs(j, ArabicAllyWords) && ArWord(j + 1, "مع");

    /// <summary>"انشقت عصائب أهل الحق عن التيار الصدري": the verb before its subject.</summary>
    private void ArabicVerbFirst(int j)
    {
        var s = j + 1;
        if (!ArIs(j, ArabicSplitWords) || !IsGroup(s))
            return;
        var o = End(s);
        if (ArWord(o, "عن") && IsActor(o + 1))
            Add(tokens[s].Actor, RelationKind.SplinterOf, GroupOf(tokens[o + 1].Actor!), j, o + 1);
    }

    /// <summary>One relation stated at j about the actor at b; the index after its object, or -1.</summary>
    private int ArabicRelationAt(int b, string? subject, int j)
    {
        // "… الذي انشقت حركته عن Y": the group of the person at b.
        var hisGroup = ArIs(j + 1, ArabicHisGroup);
        if (ArIs(j, ArabicSplitWords) && (ArWord(j + 1, "عن") || hisGroup && ArWord(j + 2, "عن")))
        {
            var o = hisGroup ? j + 3 : j + 2;
            if (!IsActor(o))
                return -1;
            var splinter = hisGroup || IsPerson(b) ? GroupOf(subject!) : subject;
            if (splinter is not null && TypeOf(splinter) != ActorType.Person)
                Add(splinter, RelationKind.SplinterOf, GroupOf(tokens[o].Actor!), b, o);
            return End(o);
        }

        if (ArIs(j, ArabicBackedWords) && ArWord(j + 1, "من") && IsActor(j + 2))
        {
            Add(subject, RelationKind.BackedBy, tokens[j + 2].Actor, b, j + 2);
            return End(j + 2);
        }

        // "بدعم من إيران".
        if (ArIs(j, "دعم") && tokens[j].Word is "بدعم" or "وبدعم" && ArWord(j + 1, "من") && IsActor(j + 2))
        {
            Add(subject, RelationKind.BackedBy, tokens[j + 2].Actor, b, j + 2);
            return End(j + 2);
        }

        // "بقيادة هادي العامري": led by.
        if (tokens[j].Kind == TokenKind.Word && tokens[j].Word is "بقياده" or "وبقياده" && IsPerson(j + 1) && IsGroup(b))
        {
            Add(tokens[j + 1].Actor, RelationKind.Leads, subject, b, j + 1);
            return End(j + 1);
        }

        // "الجناح المسلح / العسكري لـY", "الذراع العسكرية / المسلحة لـY".
        if ((ArIs(j, "جناح") || ArIs(j, "ذراع")) && (ArIs(j + 1, "مسلح") || ArIs(j + 1, "مسلحه") || ArIs(j + 1, "عسكري") || ArIs(j + 1, "عسكريه")))
        {
            var o = ArObject(j + 2);
            var owner = IsActor(o) ? o : ShortGroupAt(o, b);
            if (owner < 0 || !IsGroup(b))
                return -1;
            Add(subject, RelationKind.ArmedWingOf, tokens[owner].Actor, b, o);
            return owner == o ? End(o) : o + 1;
        }

        // "التابعة لـY", "تابعة رسمياً للحشد الشعبي".
        if (ArIs(j, ArabicPartWords))
        {
            var o = ArObjectAfterAdjective(j + 1);
            if (!IsGroup(o) || !IsGroup(b))
                return -1;
            Add(subject, RelationKind.PartOf, tokens[o].Actor, b, o);
            return End(o);
        }

        // "زعيم التيار الصدري", "الأمين العام لعصائب أهل الحق".
        var leader = ArabicLeaderNounEnd(j);
        if (leader > 0)
        {
            var o = ArObject(leader);
            if (!IsGroup(o) || !IsPerson(b) || tokens[o].Mention == MentionKind.Member)
                return -1;
            if (TypeOf(tokens[o].Actor!) == ActorType.State && tokens[o].Mention == MentionKind.Adjective)
                return -1;
            Add(subject, RelationKind.Leads, tokens[o].Actor, b, o);
            return End(o);
        }

        // "عضو في Y", "القيادي في Y", "من قيادات Y".
        if (ArIs(j, ArabicMemberNouns) || (ArWord(j, "من") && (ArIs(j + 1, "قيادات") || ArIs(j + 1, "قياديي") || ArIs(j + 1, "اعضاء"))))
        {
            var o = ArWord(j, "من") ? j + 2 : IsWord(j + 1, "في") || IsWord(j + 1, "عن") ? j + 2 : j + 1;
            o = ArObject(o);
            if (!IsGroup(o) || !IsPerson(b) || TypeOf(tokens[o].Actor!) == ActorType.State)
                return -1;
            Add(subject, RelationKind.MemberOf, tokens[o].Actor, b, o);
            return End(o);
        }

        if (ArIs(j, ArabicAdvisorNouns))
        {
            var o = ArObjectAfterAdjective(j + 1);
            if (!IsActor(o) || !IsPerson(b))
                return -1;
            Add(subject, RelationKind.Advises, tokens[o].Actor, b, o);
            return End(o);
        }

        // "حليف Y", "المتحالف مع Y", "تحالف مع Y".
        if (ArIs(j, ArabicAllyWords))
        {
            var o = ArWord(j + 1, "مع") ? j + 2 : ArObjectAfterAdjective(j + 1);
            if (!IsActor(o) || IsWord(j - 1, "ال"))
                return -1;
            if (ArIs(j, "تحالف") && !ArWord(j + 1, "مع"))
                return -1;
            Add(subject, RelationKind.AlliedWith, tokens[o].Actor, b, o);
            return End(o);
        }

        // "المعارض لـY", "خصم Y".
        if (ArIs(j, ArabicRivalWords))
        {
            var o = ArObjectAfterAdjective(j + 1);
            if (!IsActor(o))
                return -1;
            Add(subject, RelationKind.OpposedTo, tokens[o].Actor, b, o);
            return End(o);
        }

        return -1;
    }

    /// <summary>The index after the mention at k (a mention may span several tokens of the same actor).</summary>
    private int End(int k)
    {
        var j = k + 1;
        while (IsActor(j) && tokens[j].Actor == tokens[k].Actor && tokens[j].Start == tokens[j - 1].End)
            j++;
        return j;
    }

    /// <summary>
    /// "الجناح المسلح للتيار": a definite word that begins the name of a group named earlier in the sentence ("التيار"
    /// for "التيار الصدري") stands for it; returns the index of that earlier mention, or -1.
    /// </summary>
    private int ShortGroupAt(int k, int before)
    {
        if (k < 0 || k >= tokens.Count || tokens[k].Kind != TokenKind.Word)
            return -1;
        var word = tokens[k].Word;
        if (word.StartsWith("لل", StringComparison.Ordinal))
            word = "ال" + word[2..];
        else if (word.Length > 3 && word[0] is 'ب' or 'ل' or 'ك' or 'و' or 'ف' && word.AsSpan(1).StartsWith("ال", StringComparison.Ordinal))
            word = word[1..];
        if (word.Length < 4 || !word.StartsWith("ال", StringComparison.Ordinal))
            return -1;
        for (var m = before; m >= 0; m--)
        {
            if (!IsGroup(m) || m == before)
                continue;
            var first = FirstWordOf(m);
            if (first.Length == word.Length && string.Equals(first, word, StringComparison.Ordinal))
                return m;
        }

        return -1;
    }

    private string FirstWordOf(int m)
    {
        var start = tokens[m].Start;
        var end = start;
        while (end < tokens[m].End && NameFolding.IsWordChar(text[end]) || end < tokens[m].End && NameFolding.ClassOf(text[end]) == NameCharClass.Silent)
            end++;
        return FoldArabic(text[start..end]);
    }
}
