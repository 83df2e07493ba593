namespace PrepCode.Core.Indexing;

/// <summary>What the persisted index keeps of a note besides its data: the file's size and last-write time (UTC
/// ticks) when it was read, the time (UTC ticks) taken before it was read, and the <see cref="IndexCodec.Format"/>.</summary>
public readonly record struct PersistedNoteEntry(string Path, long Size, long LastWriteTicks, long ReadTicks, string Format);

/// <summary>Where <see cref="NoteWorkspace"/> keeps its persisted index (the <c>note_index</c> table of the store).</summary>
public interface INoteIndexStore
{
    /// <summary>True when some entry has this format.</summary>
    bool HasNoteIndex(string format);

    /// <summary>Calls <paramref name="read"/> with the data of each entry <paramref name="wanted"/> accepts, as a
    /// stream open during the call; every entry is shown to <paramref name="wanted"/>.</summary>
    void ReadNoteIndex(Func<PersistedNoteEntry, bool> wanted, Action<PersistedNoteEntry, Stream> read);

    /// <summary>In one transaction: deletes the entries of <paramref name="deleted"/> and those of another format than
    /// <paramref name="format"/>, then adds or replaces <paramref name="entries"/>, read one at a time (each one's
    /// data may be overwritten by the next). Returns how many were written.</summary>
    int WriteNoteIndex(string format, IEnumerable<(PersistedNoteEntry Entry, ReadOnlyMemory<byte> Data)> entries, IReadOnlyCollection<string> deleted);
}
