namespace PrepCode.Core.Indexing;

/// <summary>A note file; <see cref="Path"/> is workspace-relative with '/'. <see cref="Size"/> and
/// <see cref="LastWriteTicks"/> (UTC ticks) are -1 when not read: the plain walk reads names only (a stat per file
/// was a third of it); a persisted index needs them to tell which notes changed.</summary>
public sealed record NoteFileInfo(string Path, long Size = -1, long LastWriteTicks = -1)
{
    public bool HasTimes => Size >= 0 && LastWriteTicks >= 0;
}

/// <summary>The files of a workspace. <see cref="DiskNoteFileSystem"/> reads a folder; tests use <see cref="InMemoryNoteFileSystem"/>.</summary>
public interface INoteFileSystem
{
    /// <summary>Every note to index: included, not excluded, not ignored by .gitignore. Names only.</summary>
    IReadOnlyList<NoteFileInfo> EnumerateNotes(CancellationToken cancellationToken = default);

    /// <summary>Every note, as <see cref="EnumerateNotes"/>, with its size and last-write time where they can be read.</summary>
    IReadOnlyList<NoteFileInfo> EnumerateNotesWithTimes(CancellationToken cancellationToken = default) =>
        [.. EnumerateNotes(cancellationToken).Select(f => GetInfo(f.Path) ?? f)];

    /// <summary>Null when the file does not exist or is not a note this workspace indexes; else with size and time.</summary>
    NoteFileInfo? GetInfo(string path);

    byte[] ReadAllBytes(string path);
}
