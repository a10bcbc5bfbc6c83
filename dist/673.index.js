export const id = 673;
export const ids = [673];
export const modules = {

/***/ 76673:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LocalArtifactError: () => (/* binding */ LocalArtifactError),
  LocalArtifactStore: () => (/* binding */ LocalArtifactStore)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./.build/src/host/zip.js
// Minimal zip writer and safe reader for artifact folders outside Actions (deflate or stored entries, no zip64):
// enough for coverage reports, with no dependency and no way for an entry to land outside its destination.




class UnsafeZipEntryError extends Error {
    name = 'UnsafeZipEntryError';
}
class ZipFormatError extends Error {
    name = 'ZipFormatError';
}
const CRC_TABLE = (() => {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        table[n] = c >>> 0;
    }
    return table;
})();
/** zlib's native CRC-32 where this Node has it (20.15+), the table version otherwise. */
function crc32(data) {
    const native = external_node_zlib_.crc32;
    return native ? native(data) >>> 0 : crc32Table(data);
}
function crc32Table(data) {
    let crc = 0xffffffff;
    for (let i = 0; i < data.length; i++)
        crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
const UTF8_FLAG = 0x0800;
const MAX_32 = 0xffffffff;
/** DOS date/time fields of a zip entry (local time, 2-second resolution, as zip tools expect). */
function dosDateTime(d) {
    const year = Math.max(1980, d.getFullYear());
    return {
        time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
        date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
    };
}
/** Writes a zip of the given files and returns its size in bytes. Entries are deflated unless that grows them. */
function writeZip(zipPath, entries) {
    (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(zipPath), { recursive: true });
    const fd = (0,external_node_fs_.openSync)(zipPath, 'w');
    const central = [];
    let offset = 0;
    try {
        for (const entry of entries) {
            const name = Buffer.from(entry.name, 'utf8');
            const data = (0,external_node_fs_.readFileSync)(entry.source);
            const deflated = (0,external_node_zlib_.deflateRawSync)(data);
            const stored = deflated.length >= data.length;
            const body = stored ? data : deflated;
            const crc = crc32(data);
            const { time, date } = dosDateTime((0,external_node_fs_.statSync)(entry.source).mtime);
            if (data.length >= MAX_32 || offset + body.length >= MAX_32)
                throw new ZipFormatError(`${entry.name}: archives over 4 GiB are not supported`);
            const local = Buffer.alloc(30);
            local.writeUInt32LE(LOCAL_HEADER, 0);
            local.writeUInt16LE(20, 4);
            local.writeUInt16LE(UTF8_FLAG, 6);
            local.writeUInt16LE(stored ? 0 : 8, 8);
            local.writeUInt16LE(time, 10);
            local.writeUInt16LE(date, 12);
            local.writeUInt32LE(crc, 14);
            local.writeUInt32LE(body.length, 18);
            local.writeUInt32LE(data.length, 22);
            local.writeUInt16LE(name.length, 26);
            local.writeUInt16LE(0, 28);
            const header = Buffer.alloc(46);
            header.writeUInt32LE(CENTRAL_HEADER, 0);
            header.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, spec 2.0 (so external attributes carry the mode)
            header.writeUInt16LE(20, 6);
            header.writeUInt16LE(UTF8_FLAG, 8);
            header.writeUInt16LE(stored ? 0 : 8, 10);
            header.writeUInt16LE(time, 12);
            header.writeUInt16LE(date, 14);
            header.writeUInt32LE(crc, 16);
            header.writeUInt32LE(body.length, 20);
            header.writeUInt32LE(data.length, 24);
            header.writeUInt16LE(name.length, 28);
            header.writeUInt32LE(((0o100644 << 16) >>> 0), 38);
            header.writeUInt32LE(offset, 42);
            central.push(header, name);
            (0,external_node_fs_.writeSync)(fd, local);
            (0,external_node_fs_.writeSync)(fd, name);
            (0,external_node_fs_.writeSync)(fd, body);
            offset += local.length + name.length + body.length;
        }
        const directory = Buffer.concat(central);
        const end = Buffer.alloc(22);
        end.writeUInt32LE(END_OF_CENTRAL, 0);
        end.writeUInt16LE(entries.length, 8);
        end.writeUInt16LE(entries.length, 10);
        end.writeUInt32LE(directory.length, 12);
        end.writeUInt32LE(offset, 16);
        (0,external_node_fs_.writeSync)(fd, directory);
        (0,external_node_fs_.writeSync)(fd, end);
        return offset + directory.length + end.length;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Lists a zip's entries from its central directory; data is inflated and CRC-checked on demand. */
function readZip(buffer, label = 'zip') {
    const minEnd = Math.max(0, buffer.length - 22 - 0xffff);
    let end = -1;
    for (let i = buffer.length - 22; i >= minEnd; i--) {
        if (buffer.readUInt32LE(i) === END_OF_CENTRAL) {
            end = i;
            break;
        }
    }
    if (end < 0)
        throw new ZipFormatError(`${label}: not a zip archive (no end-of-central-directory record)`);
    const count = buffer.readUInt16LE(end + 10);
    let pos = buffer.readUInt32LE(end + 16);
    const entries = [];
    for (let i = 0; i < count; i++) {
        if (buffer.readUInt32LE(pos) !== CENTRAL_HEADER)
            throw new ZipFormatError(`${label}: corrupt central directory at entry ${i}`);
        const method = buffer.readUInt16LE(pos + 10);
        const crc = buffer.readUInt32LE(pos + 16);
        const compressedSize = buffer.readUInt32LE(pos + 20);
        const size = buffer.readUInt32LE(pos + 24);
        const nameLength = buffer.readUInt16LE(pos + 28);
        const extraLength = buffer.readUInt16LE(pos + 30);
        const commentLength = buffer.readUInt16LE(pos + 32);
        const madeBy = buffer.readUInt16LE(pos + 4) >> 8;
        const mode = buffer.readUInt32LE(pos + 38) >>> 16;
        const localOffset = buffer.readUInt32LE(pos + 42);
        const name = buffer.toString('utf8', pos + 46, pos + 46 + nameLength);
        pos += 46 + nameLength + extraLength + commentLength;
        if (compressedSize === MAX_32 || size === MAX_32 || localOffset === MAX_32) {
            throw new ZipFormatError(`${label}: ${name} is a zip64 entry, which is not supported`);
        }
        if (madeBy === 3 && (mode & 0o170000) === 0o120000) {
            throw new UnsafeZipEntryError(`${label}: refusing symbolic link entry '${name}'`);
        }
        entries.push({
            name,
            isDirectory: name.endsWith('/'),
            data: () => {
                if (buffer.readUInt32LE(localOffset) !== LOCAL_HEADER)
                    throw new ZipFormatError(`${label}: corrupt local header for ${name}`);
                const start = localOffset + 30 + buffer.readUInt16LE(localOffset + 26) + buffer.readUInt16LE(localOffset + 28);
                const raw = buffer.subarray(start, start + compressedSize);
                let data;
                if (method === 0)
                    data = Buffer.from(raw);
                else if (method === 8) {
                    try {
                        data = (0,external_node_zlib_.inflateRawSync)(raw);
                    }
                    catch (error) {
                        throw new ZipFormatError(`${label}: ${name} is corrupt (${error instanceof Error ? error.message : String(error)})`);
                    }
                }
                else
                    throw new ZipFormatError(`${label}: ${name} uses compression method ${method}; only deflate and stored are supported`);
                if (data.length !== size || crc32(data) !== crc)
                    throw new ZipFormatError(`${label}: ${name} is corrupt (size or CRC mismatch)`);
                return data;
            },
        });
    }
    return entries;
}
/** The path an entry would be written to, or an error when it would escape `destination`. */
function safeEntryPath(destination, name, label = 'zip') {
    const normalized = name.replace(/\\/g, '/');
    if (normalized.includes('\0') ||
        normalized.startsWith('/') ||
        /^[a-zA-Z]:/.test(normalized) ||
        normalized.split('/').some((segment) => segment === '..')) {
        throw new UnsafeZipEntryError(`${label}: refusing entry '${name}': absolute paths and '..' are not allowed`);
    }
    const root = external_node_path_.resolve(destination);
    const target = external_node_path_.resolve(root, normalized);
    if (target !== root && !target.startsWith(root + external_node_path_.sep)) {
        throw new UnsafeZipEntryError(`${label}: refusing entry '${name}': it resolves outside ${root}`);
    }
    return target;
}
/**
 * Unpacks a zip into `destination`. Every entry name is checked before anything is written, so a hostile
 * archive leaves no partial output behind.
 */
function extractZip(zipPath, destination) {
    const entries = readZip((0,external_node_fs_.readFileSync)(zipPath), zipPath);
    const targets = entries.map((e) => safeEntryPath(destination, e.name, zipPath));
    (0,external_node_fs_.mkdirSync)(destination, { recursive: true });
    const written = [];
    entries.forEach((entry, i) => {
        const target = targets[i];
        if (entry.isDirectory) {
            (0,external_node_fs_.mkdirSync)(target, { recursive: true });
            return;
        }
        (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(target), { recursive: true });
        (0,external_node_fs_.writeFileSync)(target, entry.data());
        written.push(target);
    });
    return written;
}

;// CONCATENATED MODULE: ./.build/src/host/local-artifacts.js
// Artifacts outside GitHub Actions: the report is zipped into a folder (.backend-ci/artifacts/<name>.zip), and
// "another run's artifact" is read from a folder of zips the user points at (e.g. the base branch's coverage).



class LocalArtifactError extends Error {
    name = 'LocalArtifactError';
}
/** Same rule as GitHub's: a name that is also a safe file name. */
const FORBIDDEN_NAME = /["':<>|*?\\/\r\n]/;
/** A branch or run id is user input: it must not walk out of the folder of zips. */
function isInside(folder, candidate) {
    const relative = external_node_path_.relative(external_node_path_.resolve(folder), external_node_path_.resolve(candidate));
    return !relative.startsWith('..') && !external_node_path_.isAbsolute(relative);
}
class LocalArtifactStore {
    options;
    constructor(options) {
        this.options = options;
    }
    async upload(name, files, rootDirectory, _options) {
        if (!name || FORBIDDEN_NAME.test(name)) {
            throw new LocalArtifactError(`Artifact name '${name}' is not valid: it must be non-empty and contain none of " ' : < > | * ? \\ / or newlines`);
        }
        const root = external_node_path_.resolve(rootDirectory);
        const entries = files.map((file) => {
            const source = external_node_path_.resolve(root, file);
            const relative = external_node_path_.relative(root, source);
            if (!relative || relative.startsWith('..') || external_node_path_.isAbsolute(relative)) {
                throw new LocalArtifactError(`File ${source} is not inside the artifact root ${root}`);
            }
            return { name: relative.split(external_node_path_.sep).join('/'), source };
        });
        const zipPath = external_node_path_.join(this.options.directory, `${name}.zip`);
        const size = writeZip(zipPath, entries);
        return { name, size, location: zipPath, url: `file://${zipPath}` };
    }
    async downloadLatest(name, destination, from) {
        const folder = this.options.from;
        if (!folder)
            return undefined;
        const candidates = [
            from.runId ? external_node_path_.join(folder, from.runId, `${name}.zip`) : undefined,
            from.branch ? external_node_path_.join(folder, from.branch, `${name}.zip`) : undefined,
            external_node_path_.join(folder, `${name}.zip`),
        ].filter((p) => p !== undefined && isInside(folder, p));
        const found = candidates.find((p) => (0,external_node_fs_.existsSync)(p) && (0,external_node_fs_.statSync)(p).isFile());
        if (!found)
            return undefined;
        extractZip(found, destination);
        return destination;
    }
}


/***/ })

};
