// Texts of the recovery screen: shown when the store cannot be opened.
import type { OpenFailureKind } from '../../../../shared/api/methods/recovery.ts';

export const recoveryTexts = {
  checking: '正在打开数据库……',
  titles: {
    corrupt: '数据库文件已损坏',
    unreadable: '无法读取数据库文件',
    locked: '数据库文件正被占用',
    'too-new': '数据库由更新版本的教务通写入',
  } satisfies Record<OpenFailureKind, string>,
  explanations: {
    corrupt: '数据库的完整性检查发现文件已损坏，教务通无法使用它。',
    unreadable: '教务通无法读取这个文件：可能是文件权限不足、磁盘出错，或该路径不是教务通数据库。修正后点“重试”，或从备份恢复。',
    locked: '这个文件正被其他程序使用（另一个教务通、命令行或备份软件）。请关闭那个程序后点“重试”。',
    'too-new': '这个文件由更新版本的教务通写入，本程序无法打开。请升级教务通后再打开。',
  } satisfies Record<OpenFailureKind, string>,
  file: '数据库文件',
  found: '检查结果',
  nothingDeleted: '教务通没有删除或改动这个文件。',
  keptOnRestore: '恢复备份时，原文件会改名保存在备份文件夹中，不会删除。',
  backupsTitle: '从备份恢复',
  backupsHint: '选择一个备份恢复：恢复前会先校验备份是否完整，校验不通过不会替换任何文件。',
  backupsFolder: '备份文件夹',
  noBackups: '备份文件夹中没有这个数据库的备份。',
  restoreNotOffered: {
    locked: '文件正被其他程序使用时，不能用备份覆盖它。',
    'too-new': '不能用旧备份覆盖更新版本写入的数据库。',
  } as Partial<Record<OpenFailureKind, string>>,
  columns: { kind: '类型', takenAt: '备份时间', size: '大小', action: '操作' },
  restore: '恢复此备份',
  confirmTitle: '确认恢复',
  confirmBody: (name: string, at: string) =>
    `将用 ${at} 的备份“${name}”替换无法打开的数据库。原文件不会删除，会改名保存在备份文件夹中。`,
  confirm: '校验并恢复',
  cancel: '取消',
  retry: '重试',
  openOther: '打开其他数据库文件……',
  quit: '退出',
  restoredTitle: '已从备份恢复',
  restoredBody: (name: string) => `数据库已从备份“${name}”恢复，校验通过。`,
  movedAside: '无法打开的原文件已改名保存为：',
  safetyBackup: '恢复前的数据库已备份为：',
  continue: '进入教务通',
  retryFailed: '仍然无法打开数据库。',
  openOtherFailed: '所选文件也无法打开，见下方说明。',
  quitDone: '教务通已退出，可以关闭此页面。',
};
