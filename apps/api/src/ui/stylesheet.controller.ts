import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../auth/auth.guard';
import { UI_CSS } from './static/ui.css';

/** The interface's stylesheet, from the service itself (no CDN). No session: it is the same for all. */
@ApiExcludeController()
@Public()
@Controller('ui')
export class StylesheetController {
  @Get('ui.css')
  @Header('content-type', 'text/css; charset=utf-8')
  @Header('cache-control', 'public, max-age=3600')
  @Header('x-content-type-options', 'nosniff')
  stylesheet(): string {
    return UI_CSS;
  }
}
