; MGI Desktop installer for Windows (Inno Setup 6.3 or newer).
;
; Installs for the current user only, without administrator rights, into
; %LOCALAPPDATA%\Programs\MGI Desktop, with a Start-menu entry, an uninstaller
; (Settings > Apps, and the Start menu) and the .mgi file type for this user.
;
; Build it with the bundle in one step (on Windows, Inno Setup installed):
;     uv run --group packaging python packaging\build.py --installer
; which runs:
;     ISCC /DAppVersion=<version from pyproject.toml> /DSourceDir=dist\mgi-desktop
;          /DOutputDir=dist /DOutputBase=mgi-desktop-<version>-windows-x86_64-setup packaging\windows\mgi-desktop.iss
;
; User data (database, evidence files, backups, settings, logs) lives in
; %LOCALAPPDATA%\IOM\MGI Desktop, never in the install folder: upgrading
; replaces only the program files, and uninstalling leaves the data in place.
; Nothing below deletes anything outside {app}.

#ifndef AppVersion
  #error Give the version: run packaging\build.py --installer, or ISCC /DAppVersion=x.y.z (from pyproject.toml)
#endif
#ifndef SourceDir
  #define SourceDir AddBackslash(SourcePath) + "..\..\dist\mgi-desktop"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist"
#endif
#ifndef OutputBase
  #define OutputBase "mgi-desktop-" + AppVersion + "-windows-x86_64-setup"
#endif

#define AppName "MGI Desktop"
#define AppPublisher "International Organization for Migration (IOM)"
#define ExeName "mgi-desktop.exe"
#define ProgId "MGIDesktop.Package"

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6C0B8F1E-3D52-4A7B-9E2C-5B1D7A4F8C36}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppPublisherURL=https://www.iom.int/migration-governance-indicators
AppCopyright=Copyright (C) {#AppPublisher}
; Per user, no administrator rights: {autopf} is %LOCALAPPDATA%\Programs in this mode.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SourceDir={#SourceDir}
OutputDir={#OutputDir}
OutputBaseFilename={#OutputBase}
SetupIconFile={#AddBackslash(SourcePath)}..\..\resources\icons\mgi-desktop.ico
UninstallDisplayIcon={app}\{#ExeName}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
; An open window would hold files of the old version; ask to close it during an upgrade.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program files wholesale, so no module of an older version lingers.
; Only the install folder's own program files: user data is elsewhere (see the top of this file).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#ExeName}"; Comment: "Answer, review and export MGI assessments"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#ExeName}"; Tasks: desktopicon

[Registry]
; The .mgi exchange packages open in MGI Desktop, for this user only (HKA is HKCU in per-user mode).
Root: HKA; Subkey: "Software\Classes\.mgi\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "MGI Desktop exchange package"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#ExeName},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#ExeName}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}\SupportedTypes"; ValueType: string; ValueName: ".mgi"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#ExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: the uninstaller removes only what it installed,
; never %LOCALAPPDATA%\IOM\MGI Desktop (the user's assessments and backups).
