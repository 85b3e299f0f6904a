import {
  Body,
  Controller,
  Get,
  Param,
  Post,
  Query,
  Req,
  Res,
  UploadedFile,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import { VersionNotFoundError, compareVersions } from '@delegationsbeslut/domain';
import type { Response } from 'express';
import { commandMeta } from '../../../application/command-meta';
import { ID_PATTERN } from '../../../application/input/validation';
import { Public } from '../../../auth/auth.guard';
import { hasRole } from '../../../auth/principal';
import { AdoptVersionCommand } from '../../../delegation-order/adopt-version/adopt-version.command';
import type { AdoptVersionDto } from '../../../delegation-order/adopt-version/adopt-version.request.dto';
import { BoardQueries } from '../../../projections/boards/boards.queries';
import { DelegationOrderQueries } from '../../../projections/delegation-order/delegation-order.queries';
import { type FieldError, sendPage } from '../../components';
import { UiSessions } from '../../session/ui-session.service';
import { UiGuard, type UiRequest, UiRoles, UiUpload } from '../../session/ui.guard';
import { UiExceptionFilter } from '../../ui-exception.filter';
import { AdoptVersionPage } from './adopt-version.page';
import {
  type AdoptForm,
  adoptFormFrom,
  adoptRefusal,
  checkAdoptBody,
  emptyAdoptForm,
  formPlace,
  itemField,
  problemsAsErrors,
  requestBodyOf,
  routeField,
  uploadPlace,
  withOneMoreItemRow,
} from './adopt-version.view-model';
import { ComparePage } from './compare.page';
import { delegationOrderPaths as paths } from './delegation-order-paths';
import { VersionPage } from './version.page';
import { VersionsPage } from './versions.page';
import { requireBoard } from '../board-screen';

/** A version's JSON is small (5000 items at most); more is refused before it is parsed. */
const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

/**
 * The board's delegationsordning: its versions, one version's items, two
 * versions compared (the domain's compareVersions, as the API's compare), and
 * for a board-admin a new version by form or by JSON upload, through
 * AdoptVersionCommand as POST …/delegation-order/versions does.
 */
@ApiExcludeController()
@Public()
@UseGuards(UiGuard)
@UseFilters(UiExceptionFilter)
@Controller('namnder/:boardId/delegationsordning')
export class UiDelegationOrderController {
  constructor(
    private readonly sessions: UiSessions,
    private readonly commands: CommandBus,
    private readonly boards: BoardQueries,
    private readonly versions: DelegationOrderQueries,
  ) {}

  @Get()
  list(
    @Req() request: UiRequest,
    @Res() response: Response,
    @Param('boardId') boardId: string,
    @Query('antagen') adopted?: string,
  ): void {
    const board = this.board(boardId);
    const versions = this.versions.list(boardId);
    sendPage(
      response,
      200,
      <VersionsPage
        user={request.uiUser}
        csrfToken={this.sessions.csrfToken(request)}
        board={board}
        versions={versions}
        mayAdopt={hasRole(request.uiUser, ['board-admin'])}
        adopted={versions.find((v) => v.versionId === adopted)?.versionId}
      />,
    );
  }

  @Get('jamfor')
  compare(
    @Req() request: UiRequest,
    @Res() response: Response,
    @Param('boardId') boardId: string,
    @Query('fran') from?: string,
    @Query('till') to?: string,
    @Query() query: Record<string, unknown> = {},
  ): void {
    const board = this.board(boardId);
    const comparison =
      typeof from === 'string' && typeof to === 'string'
        ? compareVersions(this.version(boardId, from), this.version(boardId, to))
        : undefined;
    sendPage(
      response,
      200,
      <ComparePage
        user={request.uiUser}
        csrfToken={this.sessions.csrfToken(request)}
        board={board}
        versions={this.versions.list(boardId)}
        comparison={comparison}
        pages={{
          tillagda: pageNumber(query.tillagda),
          borttagna: pageNumber(query.borttagna),
          andrade: pageNumber(query.andrade),
        }}
      />,
    );
  }

  @Get('ny')
  @UiRoles('board-admin')
  adoptForm(
    @Req() request: UiRequest,
    @Res() response: Response,
    @Param('boardId') boardId: string,
  ): void {
    this.showAdopt(request, response, boardId, 200, emptyAdoptForm());
  }

  @Post('ny')
  @UiRoles('board-admin')
  async adoptByForm(
    @Req() request: UiRequest,
    @Res() response: Response,
    @Param('boardId') boardId: string,
    @Body() posted: Record<string, unknown>,
  ): Promise<void> {
    const board = this.board(boardId);
    const form = adoptFormFrom(posted);
    if (posted.atgard === 'lagg-till-rad') {
      this.showAdopt(request, response, boardId, 200, withOneMoreItemRow(form));
      return;
    }
    const { body, rowOfItem } = requestBodyOf(form);
    const checked = await checkAdoptBody(body);
    if ('errors' in checked) {
      const errors = problemsAsErrors(checked.errors, formPlace(rowOfItem));
      this.showAdopt(request, response, boardId, 400, form, errors);
      return;
    }
    const refused = await this.adopt(request, boardId, checked.ok, {
      fieldOf: (what) => (what === 'defaultRoute' ? routeField(0) : what),
      fieldsOfCodes: (codes) =>
        form.rows.flatMap((row, i) => (codes.includes(row.code) ? [itemField(i, 'code')] : [])),
      bodies: board.bodies,
    });
    if (refused) {
      this.showAdopt(request, response, boardId, refused.status, form, refused.errors);
      return;
    }
    response.redirect(
      303,
      `${paths.versions(boardId)}?antagen=${encodeURIComponent(checked.ok.versionId)}`,
    );
  }

  @Post('ladda-upp')
  @UiRoles('board-admin')
  @UiUpload('fil', MAX_UPLOAD_BYTES)
  async adoptByUpload(
    @Req() request: UiRequest,
    @Res() response: Response,
    @Param('boardId') boardId: string,
    @UploadedFile() file?: Express.Multer.File,
  ): Promise<void> {
    const board = this.board(boardId);
    const again = (status: number, errors: FieldError[]) =>
      this.showAdopt(request, response, boardId, status, emptyAdoptForm(), errors);
    if (!file || file.size === 0) {
      again(400, [{ field: 'fil', message: 'Välj en JSON-fil att ladda upp.' }]);
      return;
    }
    let plain: unknown;
    try {
      plain = JSON.parse(file.buffer.toString('utf8'));
    } catch (error) {
      again(400, [
        { field: 'fil', message: `Filen är inte giltig JSON (${(error as Error).message}).` },
      ]);
      return;
    }
    const checked = await checkAdoptBody(plain);
    if ('errors' in checked) {
      const errors =
        checked.errors.length === 0
          ? [{ field: 'fil', message: 'Filen ska innehålla ett JSON-objekt med versionen.' }]
          : problemsAsErrors(checked.errors, uploadPlace(plain));
      again(400, errors);
      return;
    }
    const refused = await this.adopt(request, boardId, checked.ok, {
      fieldOf: () => 'fil',
      fieldsOfCodes: () => ['fil'],
      bodies: board.bodies,
    });
    if (refused) {
      again(refused.status, refused.errors);
      return;
    }
    response.redirect(
      303,
      `${paths.versions(boardId)}?antagen=${encodeURIComponent(checked.ok.versionId)}`,
    );
  }

  @Get(':versionId')
  show(
    @Req() request: UiRequest,
    @Res() response: Response,
    @Param('boardId') boardId: string,
    @Param('versionId') versionId: string,
    @Query('sida') page?: string,
  ): void {
    const board = this.board(boardId);
    sendPage(
      response,
      200,
      <VersionPage
        user={request.uiUser}
        csrfToken={this.sessions.csrfToken(request)}
        board={board}
        version={this.version(boardId, versionId)}
        page={pageNumber(page)}
      />,
    );
  }

  /** The command, as the API runs it; a refusal in Swedish, or undefined when adopted. */
  private async adopt(
    request: UiRequest,
    boardId: string,
    dto: AdoptVersionDto,
    places: Omit<Parameters<typeof adoptRefusal>[1], 'versions'>,
  ) {
    try {
      await this.commands.execute(
        new AdoptVersionCommand({ boardId, ...dto, meta: commandMeta(request.uiUser.name) }),
      );
      return undefined;
    } catch (error) {
      return adoptRefusal(error, { ...places, versions: this.versions.list(boardId) });
    }
  }

  private board(boardId: string) {
    return requireBoard(this.boards, boardId);
  }

  private version(boardId: string, versionId: string) {
    const version = ID_PATTERN.test(versionId) ? this.versions.get(boardId, versionId) : undefined;
    if (!version) throw new VersionNotFoundError(versionId);
    return version;
  }

  private showAdopt(
    request: UiRequest,
    response: Response,
    boardId: string,
    status: number,
    form: AdoptForm,
    errors: readonly FieldError[] = [],
  ): void {
    sendPage(
      response,
      status,
      <AdoptVersionPage
        user={request.uiUser}
        csrfToken={this.sessions.csrfToken(request)}
        board={this.board(boardId)}
        versions={this.versions.list(boardId)}
        form={form}
        errors={errors}
      />,
    );
  }
}

/** A 1-based page from the query string; anything else is the first page. */
function pageNumber(value: unknown): number {
  const page = Math.floor(Number(value));
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}
